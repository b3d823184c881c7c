package org.marsad.text.places;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds the project's shared data folder by walking up from the working directory; tests
 * that need it are skipped when it is absent.
 */
final class SharedData {

	private SharedData() {
	}

	static Path require(String relative) {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
			if (Files.exists(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		assumeTrue(false, "Shared data folder shared/data/" + relative + " not found; test skipped");
		return null;
	}

}
