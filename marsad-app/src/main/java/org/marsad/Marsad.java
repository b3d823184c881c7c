package org.marsad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.marsad.text.cli.ExtractCommand;

import org.springframework.boot.SpringApplication;

/**
 * The one entry point behind {@code ./marsad}: reads the sub-command and hands over to
 * it.
 * <ul>
 * <li>{@code serve [--port N] [--data DIR]} starts the web application</li>
 * <li>{@code extract …} runs the text engine's command line, without starting Spring</li>
 * <li>{@code import gazetteer FILE …} imports a gazetteer into the catalogue, without a
 * web server ({@link ImportCommand})</li>
 * <li>{@code reindex [--data DIR]} rebuilds the search index from the database, without
 * the web server</li>
 * </ul>
 */
public final class Marsad {

	private Marsad() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])) {
			System.out.println(usage());
			return;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		switch (args[0]) {
			case "serve" -> serve(rest);
			case "extract" -> ExtractCommand.main(rest);
			case "import" -> System.exit(ImportCommand.run(rest, System.out, System.err));
			case "reindex" -> System.exit(new ReindexCommand(System.out, System.err, System.getenv()).run(rest));
			default -> {
				System.err.println("marsad: unknown command '" + args[0] + "'\n" + usage());
				System.exit(2);
			}
		}
	}

	static void serve(String[] args) {
		List<String> springArgs = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (("--port".equals(option) || "--data".equals(option)) && i + 1 < args.length) {
				String key = "--port".equals(option) ? "server.port" : "marsad.data";
				springArgs.add("--" + key + "=" + args[++i]);
			}
			else {
				springArgs.add(option);
			}
		}
		SpringApplication.run(MarsadApplication.class, springArgs.toArray(String[]::new));
	}

	static String usage() {
		return """
				usage: marsad <command> [options]
				  serve [--port N] [--data DIR]   start the web application (default port 8080, data ./marsad-data)
				  extract [--published YYYY-MM-DD] [--format json|jsonl] [FILE...]
				                                  print numbers, dates, places, actors, figures and events as JSON
				  import gazetteer FILE [--format open-syria|ocha-cod|geonames|syrian-archive|table] [--data DIR]
				         [--skip-rejected]        import places into the catalogue (stop serve first when on H2)
				  reindex [--data DIR]            rebuild the search index from the database (stop the server first)
				  bench ...                       run benchmarks (see docs/BENCHMARKS.md)
				""";
	}

}
