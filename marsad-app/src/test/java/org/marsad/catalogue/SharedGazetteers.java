package org.marsad.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gazetteers of {@code shared/data/gazetteer}, found in the nearest enclosing folder
 * that has {@code shared/data}; never copied into the repository. Tests that need one are
 * skipped, with a message, when it is absent.
 */
public final class SharedGazetteers {

	/** OpenSyria's folder of governorates, districts and subdistricts. */
	public static final String OPEN_SYRIA = "open-syria";

	/** The Syrian Archive's locations. */
	public static final String SYRIAN_ARCHIVE = "syrian-archive/locations.json";

	private SharedGazetteers() {
	}

	/**
	 * A shared gazetteer, or the test is skipped.
	 * @param name {@link #OPEN_SYRIA} or {@link #SYRIAN_ARCHIVE}
	 * @return the file or folder
	 */
	public static Path require(String name) {
		Path found = find(name);
		assumeTrue(found != null, "shared/data/gazetteer/" + name + " is not available: skipped");
		return found;
	}

	/**
	 * A shared gazetteer, or {@code null} when it is absent.
	 * @param name {@link #OPEN_SYRIA} or {@link #SYRIAN_ARCHIVE}
	 * @return the file or folder, or {@code null}
	 */
	public static Path find(String name) {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("gazetteer").resolve(name);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
