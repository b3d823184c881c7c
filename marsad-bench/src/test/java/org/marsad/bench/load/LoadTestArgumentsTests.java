package org.marsad.bench.load;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadTestArgumentsTests {

	private static final Path HERE = Path.of("");

	@Test
	void submitsTenThousandReportsFromTwentyClientsByDefault() {
		LoadTestOptions options = LoadTestArguments.parse(new String[0], HERE);
		assertThat(options.reports()).isEqualTo(10_000);
		assertThat(options.clients()).isEqualTo(20);
	}

	@Test
	void startsTheApplicationJarOfTheBuildByDefault() {
		LoadTestOptions options = LoadTestArguments.parse(new String[0], HERE);
		assertThat(options.startsApplication()).isTrue();
		assertThat(options.appJar().endsWith(Path.of(LoadTestOptions.DEFAULT_APP_JAR))).isTrue();
	}

	@Test
	void findsTheRepositoryRootFromAModuleFolder() {
		Path module = Path.of("").toAbsolutePath();
		assertThat(LoadTestOptions.repositoryRoot(module).resolve("marsad-app")).isDirectory();
	}

	@Test
	void targetsARunningServerOnLoopback() {
		LoadTestOptions options = LoadTestArguments
			.parse(new String[] { "--url", "http://127.0.0.1:8080", "--password", "secret" }, HERE);
		assertThat(options.startsApplication()).isFalse();
	}

	@Test
	void refusesAServerBeyondLoopback() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestArguments
				.parse(new String[] { "--url", "http://192.0.2.10:8080", "--password", "secret" }, HERE))
			.withMessageContaining("loopback");
	}

	@Test
	void refusesARunningServerWithoutPassword() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestArguments.parse(new String[] { "--url", "http://127.0.0.1:8080" }, HERE))
			.withMessageContaining("--password");
	}

	@Test
	void refusesUnknownOptions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestArguments.parse(new String[] { "--reprots", "5" }, HERE))
			.withMessageContaining("--reprots");
	}

	@Test
	void refusesZeroClients() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestArguments.parse(new String[] { "--clients", "0" }, HERE))
			.withMessageContaining("--clients");
	}

	@Test
	void splitsJavaOptionsIntoWords() {
		LoadTestOptions options = LoadTestArguments.parse(new String[] { "--java-options", " -Xmx2g  -XX:+UseG1GC " },
				HERE);
		assertThat(options.javaOptions()).containsExactly("-Xmx2g", "-XX:+UseG1GC");
	}

}
