package org.marsad.backup.internal;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.marsad.backup.ArchiveRefused;

/**
 * The last entry of an archive: what the archive holds, with the SHA-256 and size of
 * every other entry.
 *
 * @param format the archive format, {@value #FORMAT}
 * @param createdAt when the snapshot was taken
 * @param database the database it was read from ({@code H2}, {@code PostgreSQL})
 * @param schemaVersion the last migration applied to it
 * @param entries every other entry
 */
record Manifest(int format, Instant createdAt, String database, String schemaVersion, List<Entry> entries) {

	static final int FORMAT = 1;

	static final String NAME = "manifest.json";

	static final String TABLES = "tables/";

	static final String ATTACHMENTS = "attachments/";

	static final String MASTER_KEY = "keys/master.key";

	/** The names an entry may have; anything else (such as {@code ../x}) is refused. */
	static final Pattern ENTRY = Pattern
		.compile("tables/[A-Za-z0-9_]{1,64}\\.jsonl|attachments/[0-9a-f]{64}|keys/master\\.key|manifest\\.json");

	static void checkName(String name) {
		if (name == null || !ENTRY.matcher(name).matches()) {
			throw new ArchiveRefused("the archive holds an entry with an unexpected name");
		}
	}

	long rows() {
		return this.entries.stream().mapToLong(Entry::rows).sum();
	}

	int tables() {
		return (int) this.entries.stream().filter((entry) -> entry.name().startsWith(TABLES)).count();
	}

	int attachments() {
		return (int) this.entries.stream().filter((entry) -> entry.name().startsWith(ATTACHMENTS)).count();
	}

	/**
	 * An entry.
	 *
	 * @param name its name in the archive
	 * @param sha256 the SHA-256 of its content
	 * @param size its size in bytes
	 * @param rows the rows it holds (tables only)
	 */
	record Entry(String name, String sha256, long size, long rows) {
	}

}
