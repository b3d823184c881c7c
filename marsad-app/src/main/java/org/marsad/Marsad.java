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
 * <li>{@code keys …}, {@code audit …}, {@code backup …}, {@code restore …} keep keys, the
 * audit log and backups; {@code verify FILE} checks an identity attestation
 * ({@link Commands})</li>
 * </ul>
 * The embedded database's mixed mode (other processes reach a served database file
 * through a TCP port) listens on the loopback interface only.
 */
public final class Marsad {

	private Marsad() {
	}

	public static void main(String[] args) throws Exception {
		localDatabaseServer();
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
			case "keys", "audit", "backup", "restore", "verify" ->
				System.exit(new Commands(System.out, System.err).run(args[0], rest));
			default -> {
				System.err.println("marsad: unknown command '" + args[0] + "'\n" + usage());
				System.exit(2);
			}
		}
	}

	/**
	 * Keeps the embedded database's TCP port (opened for other local processes, such as a
	 * backup beside the server) on the loopback interface, unless {@code h2.bindAddress}
	 * says otherwise.
	 */
	static void localDatabaseServer() {
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
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
				  keys rotate [--new-data-key]    re-wrap the data keys under a new master key (MARSAD_NEW_MASTER_KEY
				                                  or generated), optionally re-encrypting under a new data key
				  keys status | keys generate     show the keyring | print a new random master key
				  audit verify [--expect SEQ:HASH]
				                                  verify the audit chain; say which entries were edited, removed or moved
				  backup FILE [--passphrase]      write an encrypted, consistent archive while the server runs
				  restore FILE [--passphrase] [--key-file F]
				                                  restore an archive into an empty data folder, after verifying it
				  verify FILE [--key-file PUBLIC.pem]
				                                  check a signed identity attestation (file, QR text or QR image)
				                                  offline; exit 0 valid, 1 altered or not ours
				  bench ...                       run benchmarks (see docs/BENCHMARKS.md)
				All commands take --data DIR.
				""";
	}

}
