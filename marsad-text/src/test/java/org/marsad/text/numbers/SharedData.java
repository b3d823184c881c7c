package org.marsad.text.numbers;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared data folder ({@code shared/data}, outside the repository) by walking
 * up from the working directory, so that tests run from the module or from the root
 * alike.
 */
final class SharedData {

	private SharedData() {
	}

	/**
	 * The file at {@code relative} under {@code shared/data}.
	 * @param relative a path inside the shared data folder
	 * @return the file, or {@code null} when the folder or the file is absent
	 */
	static Path find(String relative) {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		return null;
	}

}
