package org.marsad.bench.persons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared name lists ({@code shared/data/names}, kept outside the project and
 * never copied into it) in the working folder or the nearest folder above it.
 */
public final class SharedNames {

	private static final String NAMES = "shared/data/names";

	private SharedNames() {
	}

	/**
	 * The folder, if found.
	 * @return {@code …/shared/data/names}, or empty
	 */
	public static Optional<Path> find() {
		Path folder = Path.of("").toAbsolutePath();
		while (folder != null) {
			Path candidate = folder.resolve(NAMES);
			if (Files.isRegularFile(candidate.resolve(NameLists.GAZA))) {
				return Optional.of(candidate);
			}
			folder = folder.getParent();
		}
		return Optional.empty();
	}

}
