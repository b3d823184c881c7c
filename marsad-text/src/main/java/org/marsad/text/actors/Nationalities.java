package org.marsad.text.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.marsad.text.normalize.ArabicFolding;

/**
 * The nationality table: for each ISO 3166-1 alpha-2 code, the stems from which
 * {@link NationalityForms} generates every written form.
 *
 * <p>
 * File rules:
 * <ul>
 * <li>UTF-8, tab-separated; lines starting with {@code #}, blank lines and a header line
 * starting with {@code code} are skipped</li>
 * <li>columns: code, Arabic nisba stems, Arabic broken plurals, generated forms that are
 * not nationalities, English demonyms; lists separated by {@code |}</li>
 * <li>the «not» column removes forms spelt like a country: «سورية» is Syria, «تركية» an
 * old spelling of Turkey; the country names «روسيا», «تركيا», «سوريا» are never
 * generated</li>
 * <li>«الروس», «الأتراك» (people) are nationalities: they name people in the text and may
 * qualify a count («23 من الروس»); that the same word may also name a state's forces is
 * the actor catalogue's concern</li>
 * <li>a form claimed by two codes goes to the first</li>
 * </ul>
 */
public final class Nationalities {

	private static final String STARTER_RESOURCE = "nationalities.tsv";

	private static final int COLUMNS = 5;

	private final Map<String, String> countryByForm;

	private Nationalities(Map<String, String> countryByForm) {
		this.countryByForm = Collections.unmodifiableMap(countryByForm);
	}

	/**
	 * The table shipped with the engine.
	 * @return the starter table
	 */
	public static Nationalities starter() {
		return Starter.INSTANCE;
	}

	private static Nationalities loadStarter() {
		try (InputStream in = Nationalities.class.getResourceAsStream(STARTER_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + STARTER_RESOURCE);
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Loads a table file.
	 * @param file the file
	 * @return the table
	 * @throws IOException when the file cannot be read
	 */
	public static Nationalities load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	/**
	 * Reads a table.
	 * @param in the file's bytes
	 * @return the table
	 * @throws IOException when reading fails
	 */
	public static Nationalities read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		Map<String, String> forms = new LinkedHashMap<>();
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			if (cells.length != COLUMNS || cells[0].isBlank()) {
				throw new IllegalArgumentException("Line " + number + ": expected " + COLUMNS + " columns and a code");
			}
			addForms(cells, forms);
		}
		return new Nationalities(forms);
	}

	/**
	 * Every form with its country, forms as generated (not folded).
	 * @return form to ISO 3166-1 alpha-2 code
	 */
	public Map<String, String> countryByForm() {
		return this.countryByForm;
	}

	private static void addForms(String[] cells, Map<String, String> forms) {
		String country = cells[0].strip();
		Set<String> excluded = list(cells[3]).stream().map(ArabicFolding::fold).collect(Collectors.toSet());
		for (String stem : list(cells[1])) {
			NationalityForms.arabic(stem)
				.stream()
				.filter((form) -> !excluded.contains(ArabicFolding.fold(form)))
				.forEach((form) -> forms.putIfAbsent(form, country));
		}
		list(cells[2]).stream()
			.map(NationalityForms::arabicPlural)
			.flatMap(List::stream)
			.forEach((form) -> forms.putIfAbsent(form, country));
		list(cells[4]).stream()
			.map(NationalityForms::english)
			.flatMap(List::stream)
			.forEach((form) -> forms.putIfAbsent(form, country));
	}

	private static List<String> list(String cell) {
		return Arrays.stream(cell.split("\\|")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** Loads the starter data once, on first use. */
	private static final class Starter {

		static final Nationalities INSTANCE = loadStarter();

	}

}
