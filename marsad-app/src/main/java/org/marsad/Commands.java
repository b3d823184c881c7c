package org.marsad;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.console.ConsoleCommand;
import org.marsad.console.CommandLine;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the console commands that modules offer ({@link ConsoleCommand}). Each runs in a
 * small context of its own ({@link CommandContext}) that can run beside a serving
 * process: on PostgreSQL as any client, on the embedded H2 database through its automatic
 * mixed mode (the first process serves the database file to the others on the loopback
 * interface).
 * <ul>
 * <li>{@code --data DIR} chooses the data folder, as for {@code serve}; options such as
 * {@code --spring.datasource.url=…} set properties</li>
 * <li>audit entries written by a command name {@code console:<operating system
 * user>}</li>
 * <li>exit status: 0 done, 1 failed or found a problem, 2 wrong usage</li>
 * </ul>
 */
final class Commands {

	private final PrintStream out;

	private final PrintStream err;

	Commands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs a command.
	 * @param name the command, e.g. {@code keys}
	 * @param args the rest of the command line
	 * @return the exit status
	 */
	int run(String name, String[] args) {
		CommandLine line = CommandLine.parse(args);
		try (ConfigurableApplicationContext context = context(name, line)) {
			ConsoleCommand command = context.getBeansOfType(ConsoleCommand.class)
				.values()
				.stream()
				.filter((candidate) -> candidate.name().equals(name))
				.findFirst()
				.orElse(null);
			if (command == null) {
				this.err.println("marsad: unknown command " + name);
				return ConsoleCommand.USAGE;
			}
			try {
				return command.run(line, this.out, this.err);
			}
			catch (IllegalArgumentException ex) {
				this.err.println("marsad " + name + ": " + ex.getMessage() + "\nusage: marsad " + command.usage());
				return ConsoleCommand.USAGE;
			}
		}
		catch (RuntimeException ex) {
			this.err.println("marsad " + name + ": " + message(ex));
			return ConsoleCommand.FAILED;
		}
	}

	/** Starts the command context, with the operator as the actor of audit entries. */
	private static ConfigurableApplicationContext context(String name, CommandLine line) {
		SpringApplication application = new SpringApplication(CommandContext.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("marsad.command", name);
		defaults.put("logging.level.root", "WARN");
		application.setDefaultProperties(defaults);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated("console:" + System.getProperty("user.name", "unknown"), null, List.of()));
		List<String> arguments = new ArrayList<>();
		if (line.value("--data") != null) {
			arguments.add("--marsad.data=" + line.value("--data"));
		}
		line.flags().stream().filter(Commands::isProperty).forEach(arguments::add);
		return application.run(arguments.toArray(String[]::new));
	}

	/** Whether a flag sets a property, such as {@code --spring.datasource.url=…}. */
	private static boolean isProperty(String flag) {
		return (flag.startsWith("--spring.") || flag.startsWith("--marsad.")) && flag.contains("=");
	}

	private static String message(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

}
