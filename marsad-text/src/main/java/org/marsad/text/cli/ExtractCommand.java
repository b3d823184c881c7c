package org.marsad.text.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.marsad.text.Extractor;
import org.marsad.text.json.ExtractionJson;

/**
 * {@code extract [--published YYYY-MM-DD] [--format json|jsonl] [FILE…]}: prints what the
 * engine finds in reports as JSON (DESIGN, "The extraction contract").
 *
 * <ul>
 * <li>with files, one JSON object per file, one per line, in the order given</li>
 * <li>with {@code --format jsonl}, one object per input line (of the files or of standard
 * input), in order; an empty line gives an empty result</li>
 * <li>without files, standard input is read</li>
 * <li>without {@code --published}, relative dates resolve against today</li>
 * <li>exit status: 0 on success, 2 for wrong arguments, a missing file or input that is
 * not UTF-8 text (nothing is printed then)</li>
 * </ul>
 */
public final class ExtractCommand {

	private static final int EXIT_OK = 0;

	private static final int EXIT_INPUT = 2;

	private final Supplier<Extractor> extractor;

	private final Clock clock;

	/** A command with the standard extractor, built when first needed. */
	public ExtractCommand() {
		this(Extractor::standard, Clock.systemDefaultZone());
	}

	/**
	 * A command with a given extractor and clock.
	 * @param extractor supplies the extractor (called once per run)
	 * @param clock the clock that says what today is
	 */
	public ExtractCommand(Supplier<Extractor> extractor, Clock clock) {
		this.extractor = extractor;
		this.clock = clock;
	}

	/**
	 * Runs from the command line.
	 * @param args the arguments
	 */
	public static void main(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int status = new ExtractCommand().run(args, System.in, out, err);
		out.flush();
		System.exit(status);
	}

	/**
	 * Runs the command.
	 * @param args the arguments
	 * @param in standard input
	 * @param out where the JSON goes
	 * @param err where messages go
	 * @return the exit status
	 */
	public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		ExtractOptions options;
		try {
			options = ExtractOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("extract: " + ex.getMessage());
			err.println(ExtractOptions.USAGE);
			return EXIT_INPUT;
		}
		if (options.help()) {
			out.println(ExtractOptions.USAGE);
			return EXIT_OK;
		}
		List<String> texts;
		try {
			texts = texts(options, in);
		}
		catch (IOException ex) {
			err.println("extract: " + message(ex));
			return EXIT_INPUT;
		}
		LocalDate published = (options.published() != null) ? options.published() : LocalDate.now(this.clock);
		Extractor engine = this.extractor.get();
		for (String text : texts) {
			out.println(ExtractionJson.write(engine.extract(text, published)));
		}
		out.flush();
		return EXIT_OK;
	}

	private List<String> texts(ExtractOptions options, InputStream in) throws IOException {
		List<String> wholes = new ArrayList<>();
		if (options.files().isEmpty()) {
			wholes.add(TextInput.read(in, "standard input"));
		}
		for (String file : options.files()) {
			if (file.equals("-")) {
				wholes.add(TextInput.read(in, "standard input"));
			}
			else {
				try (InputStream stream = Files.newInputStream(Path.of(file))) {
					wholes.add(TextInput.read(stream, file));
				}
			}
		}
		if (!options.lines()) {
			return wholes;
		}
		List<String> lines = new ArrayList<>();
		wholes.forEach((whole) -> lines.addAll(TextInput.lines(whole)));
		return lines;
	}

	private static String message(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return ex.getMessage() + ": no such file";
		}
		if (ex instanceof TextInput.NotTextException) {
			return ex.getMessage();
		}
		return ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

}
