package org.marsad.backup.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.marsad.backup.ArchiveRefused;
import org.marsad.backup.BackupKey;
import org.marsad.keys.MasterKey;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an archive: the tables read in one snapshot, the attachment store, the master
 * key when a passphrase protects the archive, and the manifest.
 * <ul>
 * <li>the snapshot is a read-only transaction at PostgreSQL's {@code REPEATABLE READ} or
 * H2's {@code SNAPSHOT} level, so every table is read as of one moment while the
 * application keeps writing</li>
 * <li>files are listed after the snapshot began: every file a row of the snapshot points
 * at is there already (files are put in place before their rows commit)</li>
 * <li>a file whose content no longer gives its name stops the backup</li>
 * <li>the archive is written to {@code FILE.part} and moved into place when complete</li>
 * </ul>
 */
class ArchiveWriter {

	private static final int FETCH = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	private final Path attachments;

	ArchiveWriter(DataSource dataSource, Path attachments) {
		this.dataSource = dataSource;
		this.attachments = attachments;
	}

	Manifest write(Path file, BackupKey key, MasterKey includedMasterKey) {
		if (Files.exists(file)) {
			throw new ArchiveRefused("the archive " + file + " exists already");
		}
		Path part = file.resolveSibling(file.getFileName() + ".part");
		ArchiveHeader header = ArchiveHeader.create(key);
		byte[] archiveKey = header.key(key);
		try {
			Manifest manifest;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
				header.write(out);
				try (ZipOutputStream zip = new ZipOutputStream(SealedSegments.sealing(out, header, archiveKey))) {
					zip.setLevel(1);
					manifest = entries(zip, includedMasterKey);
				}
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
			return manifest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the archive " + file, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the database: " + ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(part);
		}
	}

	private Manifest entries(ZipOutputStream zip, MasterKey includedMasterKey) throws IOException, SQLException {
		List<Manifest.Entry> entries = new ArrayList<>();
		Snapshot snapshot = tables(zip, entries);
		for (Path stored : storedFiles()) {
			entries.add(attachment(zip, stored));
		}
		if (includedMasterKey != null) {
			entries.add(entry(zip, Manifest.MASTER_KEY,
					(out) -> out.write((includedMasterKey.encoded() + "\n").getBytes(StandardCharsets.US_ASCII))));
		}
		Manifest manifest = new Manifest(Manifest.FORMAT, snapshot.takenAt(), snapshot.database(), snapshot.version(),
				List.copyOf(entries));
		zip.putNextEntry(new ZipEntry(Manifest.NAME));
		zip.write(JSON.writeValueAsBytes(manifest));
		zip.closeEntry();
		return manifest;
	}

	private Snapshot tables(ZipOutputStream zip, List<Manifest.Entry> entries) throws IOException, SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean h2 = isH2(connection);
			begin(connection, h2);
			try {
				Instant takenAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
				String version = schemaVersion(connection);
				for (Schema.Table table : Schema.read(connection)) {
					long[] rows = new long[1];
					Manifest.Entry entry = entry(zip, Manifest.TABLES + table.name() + ".jsonl",
							(out) -> rows[0] = rows(connection, table, out));
					entries.add(new Manifest.Entry(entry.name(), entry.sha256(), entry.size(), rows[0]));
				}
				return new Snapshot(takenAt, connection.getMetaData().getDatabaseProductName(), version);
			}
			finally {
				end(connection, h2);
			}
		}
	}

	private static long rows(Connection connection, Schema.Table table, OutputStream out) throws IOException {
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("table", table.name());
		head.put("columns",
				table.columns()
					.stream()
					.map((column) -> Map.of("name", column.name(), "kind", column.kind().name()))
					.toList());
		line(out, head);
		long count = 0;
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(FETCH);
			try (ResultSet rs = statement.executeQuery(table.select())) {
				List<Object> row = new ArrayList<>(table.columns().size());
				while (rs.next()) {
					row.clear();
					for (int i = 0; i < table.columns().size(); i++) {
						row.add(table.columns().get(i).kind().read(rs, i + 1));
					}
					line(out, row);
					count++;
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read table " + table.name() + ": " + ex.getMessage(), ex);
		}
		return count;
	}

	private Manifest.Entry attachment(ZipOutputStream zip, Path stored) throws IOException {
		String name = stored.getFileName().toString();
		Manifest.Entry entry = entry(zip, Manifest.ATTACHMENTS + name, (out) -> {
			try (InputStream in = Files.newInputStream(stored)) {
				in.transferTo(out);
			}
		});
		if (!entry.sha256().equals(name)) {
			throw new ArchiveRefused("the stored file " + name + " no longer has that SHA-256: the store is damaged");
		}
		return entry;
	}

	private static Manifest.Entry entry(ZipOutputStream zip, String name, Content content) throws IOException {
		MessageDigest sha = sha256();
		Counting counting = new Counting(new DigestOutputStream(zip, sha));
		zip.putNextEntry(new ZipEntry(name));
		content.write(counting);
		counting.flush();
		zip.closeEntry();
		return new Manifest.Entry(name, HexFormat.of().formatHex(sha.digest()), counting.count, 0);
	}

	/**
	 * The stored attachments, in a stable order.
	 * <ul>
	 * <li>The folder of uploads in progress is not entered: its files are created and
	 * moved while the backup runs, and a file not stored yet is not part of the
	 * record.</li>
	 * <li>A file that disappears while the folders are read is left out.</li>
	 * </ul>
	 */
	private List<Path> storedFiles() throws IOException {
		if (!Files.isDirectory(this.attachments)) {
			return List.of();
		}
		Path temporary = this.attachments.resolve("tmp");
		List<Path> stored = new ArrayList<>();
		Files.walkFileTree(this.attachments, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
				return folder.equals(temporary) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && file.getFileName().toString().matches("[0-9a-f]{64}")) {
					stored.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}

		});
		stored.sort(null);
		return stored;
	}

	private static void begin(Connection connection, boolean h2) throws SQLException {
		connection.setAutoCommit(false);
		if (h2) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
			}
		}
		else {
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
		}
	}

	private static void end(Connection connection, boolean h2) throws SQLException {
		connection.rollback();
		if (h2) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
			}
		}
		else {
			connection.setReadOnly(false);
		}
		connection.setAutoCommit(true);
	}

	static boolean isH2(Connection connection) throws SQLException {
		return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
	}

	static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT version FROM " + Schema.HISTORY
						+ " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC")) {
			if (!rs.next()) {
				throw new ArchiveRefused("the database has no migrations applied");
			}
			return rs.getString(1);
		}
	}

	private static void line(OutputStream out, Object value) throws IOException {
		out.write(JSON.writeValueAsBytes(value));
		out.write('\n');
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a later backup to the same name replaces it
		}
	}

	/** Writes the content of an entry. */
	@FunctionalInterface
	private interface Content {

		void write(OutputStream out) throws IOException;

	}

	/**
	 * What the snapshot was.
	 *
	 * @param takenAt when
	 * @param database the database product
	 * @param version the schema version
	 */
	private record Snapshot(Instant takenAt, String database, String version) {
	}

	/** Counts bytes, and keeps the entry open when closed. */
	private static final class Counting extends java.io.FilterOutputStream {

		private long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			this.count += length;
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
