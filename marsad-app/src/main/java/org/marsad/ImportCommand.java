package org.marsad;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.marsad.catalogue.GazetteerFormat;
import org.marsad.catalogue.GazetteerImports;
import org.marsad.catalogue.GazetteerUnreadable;
import org.marsad.catalogue.ImportOutcome;
import org.marsad.catalogue.ImportRefused;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code import gazetteer FILE [--format F] [--data DIR] [--skip-rejected]}: imports a
 * gazetteer into the catalogue of the database the application uses ({@code MARSAD_DATA}
 * or {@code --data} for the embedded H2 database, {@code MARSAD_DB_URL} for PostgreSQL),
 * without starting the web server.
 * <ul>
 * <li>the format is recognised from the file unless {@code --format} names one of
 * {@code open-syria}, {@code ocha-cod}, {@code geonames}, {@code syrian-archive},
 * {@code table}</li>
 * <li>all or nothing: a rejected row stops the import and nothing is stored, unless
 * {@code --skip-rejected}</li>
 * <li>prints how many places were read, added, updated, left unchanged and rejected, and
 * each rejected row with its reason</li>
 * <li>exit status: 0 when stored, 1 when rows were rejected and nothing was stored, 2 for
 * wrong arguments, a missing or unreadable file, or a database that cannot be opened</li>
 * </ul>
 * The embedded H2 database is a file one process opens at a time: stop {@code serve}
 * before importing into it.
 */
final class ImportCommand {

	static final int OK = 0;

	static final int REJECTED = 1;

	static final int USAGE = 2;

	static final String IMPORTER = "import";

	/**
	 * The authority the command acts with: the administrator's, named as a string because
	 * the application's root package may not depend on the security module.
	 */
	static final String AUTHORITY = "ROLE_ADMIN";

	private static final int SHOWN_REJECTIONS = 50;

	private ImportCommand() {
	}

	static String usage() {
		return "usage: marsad import gazetteer FILE [--format open-syria|ocha-cod|geonames|syrian-archive|table] "
				+ "[--data DIR] [--skip-rejected]";
	}

	/**
	 * Runs the command.
	 * @param args the arguments after {@code import}
	 * @param out where counts go
	 * @param err where errors go
	 * @return the exit status
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		Arguments arguments;
		try {
			arguments = Arguments.read(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("marsad import: " + ex.getMessage());
			err.println(usage());
			return USAGE;
		}
		ConfigurableApplicationContext started;
		try {
			started = start(arguments);
		}
		catch (RuntimeException ex) {
			err.println("marsad import: cannot open the database (" + rootCause(ex)
					+ "); on the embedded database, stop ./marsad serve on the same data folder first");
			return USAGE;
		}
		try (ConfigurableApplicationContext context = started) {
			ImportOutcome outcome = asImporter(() -> context.getBean(GazetteerImports.class)
				.importFile(arguments.file(), arguments.format(), arguments.skipRejected()));
			print(arguments.file(), outcome, out);
			return OK;
		}
		catch (ImportRefused refused) {
			print(arguments.file(), refused.outcome(), out);
			int rejected = refused.outcome().rejected().size();
			err.println("marsad import: " + rejected + ((rejected == 1) ? " row" : " rows")
					+ " rejected; nothing was imported (--skip-rejected imports the other rows)");
			return REJECTED;
		}
		catch (GazetteerUnreadable unreadable) {
			err.println("marsad import: " + unreadable.getMessage());
			return USAGE;
		}
	}

	private static ConfigurableApplicationContext start(Arguments arguments) {
		List<String> properties = new ArrayList<>(
				List.of("--spring.main.banner-mode=off", "--spring.main.log-startup-info=false",
						"--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR"));
		if (arguments.data() != null) {
			properties.add("--marsad.data=" + arguments.data());
		}
		return new SpringApplicationBuilder(ImportApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(properties.toArray(String[]::new));
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message != null) ? message.lines().findFirst().orElse(message) : cause.getClass().getSimpleName();
	}

	private static ImportOutcome asImporter(Supplier<ImportOutcome> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(IMPORTER, null,
				AuthorityUtils.createAuthorityList(AUTHORITY)));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static void print(Path file, ImportOutcome outcome, PrintStream out) {
		out.println((outcome.stored() ? "Imported " : "Not imported: ") + file + " (" + outcome.format().code() + "): "
				+ outcome.read() + " places read");
		out.println("  added      " + outcome.added());
		out.println("  updated    " + outcome.updated());
		out.println("  unchanged  " + outcome.unchanged());
		out.println("  rejected   " + outcome.rejected().size());
		List<ImportOutcome.Rejection> rejected = outcome.rejected();
		for (ImportOutcome.Rejection rejection : rejected.subList(0, Math.min(SHOWN_REJECTIONS, rejected.size()))) {
			out.println("    row " + rejection.row() + " (" + (rejection.id().isEmpty() ? "no id" : rejection.id())
					+ "): " + rejection.reason());
		}
		if (rejected.size() > SHOWN_REJECTIONS) {
			out.println("    … and " + (rejected.size() - SHOWN_REJECTIONS) + " more");
		}
		out.flush();
	}

	/**
	 * The arguments of {@code import gazetteer}.
	 *
	 * @param file the file
	 * @param format the format, or {@code null} to recognise it
	 * @param data the data folder, or {@code null} for the configured one
	 * @param skipRejected whether to import the other rows when some are rejected
	 */
	record Arguments(Path file, GazetteerFormat format, String data, boolean skipRejected) {

		static Arguments read(String[] args) {
			if (args.length == 0 || !"gazetteer".equals(args[0])) {
				throw new IllegalArgumentException("what to import? only 'gazetteer' is known");
			}
			Path file = null;
			GazetteerFormat format = null;
			String data = null;
			boolean skip = false;
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--format" -> format = GazetteerFormat.ofCode(value(args, ++i, "--format"));
					case "--data" -> data = value(args, ++i, "--data");
					case "--skip-rejected" -> skip = true;
					default -> {
						if (args[i].startsWith("--") || file != null) {
							throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
						}
						file = Path.of(args[i]);
					}
				}
			}
			if (file == null) {
				throw new IllegalArgumentException("no gazetteer file given");
			}
			return new Arguments(file, format, data, skip);
		}

		private static String value(String[] args, int at, String option) {
			if (at >= args.length || args[at].isBlank()) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[at];
		}

	}

}
