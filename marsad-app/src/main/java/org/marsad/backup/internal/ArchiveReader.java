package org.marsad.backup.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.marsad.backup.ArchiveRefused;
import org.marsad.backup.BackupKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an archive entry by entry and checks it against its manifest.
 * <ul>
 * <li>every segment is authenticated before its content is used; the stream is read to
 * its end, so a cut archive is refused even after the last entry</li>
 * <li>entry names are checked against the names archives use; a repeated entry is
 * refused</li>
 * <li>every entry's SHA-256 and size must be what the manifest says, every entry the
 * manifest names must be there and none other; a stored file's hash must be its name</li>
 * <li>when a manifest verified earlier is given, each entry is checked against it as soon
 * as it has been read, so an archive changed between two readings is caught before the
 * import commits</li>
 * </ul>
 */
final class ArchiveReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long MAX_MANIFEST = 256L << 20;

	private ArchiveReader() {
	}

	static ArchiveHeader header(Path file) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return ArchiveHeader.read(in);
		}
		catch (java.io.EOFException ex) {
			throw new ArchiveRefused("this is not a Marsad backup archive");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/**
	 * Reads an archive.
	 * @param file the archive
	 * @param key its key
	 * @param verified a manifest verified by an earlier reading, or {@code null}
	 * @param handler given each entry but the manifest, to read (or not)
	 * @return the manifest, checked
	 */
	static Manifest read(Path file, BackupKey key, Manifest verified, Handler handler) {
		try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
			ArchiveHeader header = ArchiveHeader.read(raw);
			InputStream opened = SealedSegments.opening(raw, header, header.key(key));
			Map<String, Manifest.Entry> seen = new HashMap<>();
			Map<String, Manifest.Entry> expected = (verified != null) ? byName(verified) : null;
			Manifest manifest = null;
			ZipInputStream zip = new ZipInputStream(new Unclosed(opened));
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				Manifest.checkName(name);
				if (seen.containsKey(name) || (manifest != null)) {
					throw new ArchiveRefused("the archive holds entry " + name + " twice, or after its manifest");
				}
				if (Manifest.NAME.equals(name)) {
					manifest = manifest(zip);
					seen.put(name, null);
					continue;
				}
				Manifest.Entry read = entry(zip, name, handler);
				if (expected != null && !read.equals(withoutRows(expected.get(name)))) {
					throw new ArchiveRefused("entry " + name + " differs from the archive verified before");
				}
				seen.put(name, read);
			}
			opened.transferTo(OutputStream.nullOutputStream());
			if (manifest == null) {
				throw new ArchiveRefused("the archive has no manifest: it is incomplete");
			}
			check(manifest, seen);
			return manifest;
		}
		catch (ZipException ex) {
			throw new ArchiveRefused("the archive's content is damaged", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static Manifest.Entry entry(ZipInputStream zip, String name, Handler handler) throws IOException {
		MessageDigest sha = ArchiveWriter.sha256();
		Counted counted = new Counted(new DigestInputStream(zip, sha));
		handler.accept(name, counted);
		counted.transferTo(OutputStream.nullOutputStream());
		return new Manifest.Entry(name, HexFormat.of().formatHex(sha.digest()), counted.count, 0);
	}

	private static Manifest manifest(ZipInputStream zip) throws IOException {
		byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_MANIFEST + 1));
		if (bytes.length > MAX_MANIFEST) {
			throw new ArchiveRefused("the archive's manifest is too large");
		}
		try {
			Manifest manifest = JSON.readValue(bytes, Manifest.class);
			if (manifest.format() != Manifest.FORMAT || manifest.entries() == null) {
				throw new ArchiveRefused(
						"the archive has format " + manifest.format() + ", which this Marsad cannot read");
			}
			return manifest;
		}
		catch (JacksonException ex) {
			throw new ArchiveRefused("the archive's manifest is damaged");
		}
	}

	private static void check(Manifest manifest, Map<String, Manifest.Entry> seen) {
		Map<String, Manifest.Entry> listed = byName(manifest);
		for (Map.Entry<String, Manifest.Entry> read : seen.entrySet()) {
			if (read.getValue() == null) {
				continue;
			}
			Manifest.Entry entry = listed.get(read.getKey());
			if (entry == null) {
				throw new ArchiveRefused("entry " + read.getKey() + " is not in the manifest");
			}
			if (!entry.sha256().equals(read.getValue().sha256()) || entry.size() != read.getValue().size()) {
				throw new ArchiveRefused("entry " + read.getKey() + " does not have the SHA-256 the manifest lists");
			}
			if (entry.name().startsWith(Manifest.ATTACHMENTS)
					&& !entry.name().equals(Manifest.ATTACHMENTS + entry.sha256())) {
				throw new ArchiveRefused("the stored file " + entry.name() + " does not have its name as SHA-256");
			}
		}
		for (String name : listed.keySet()) {
			if (!seen.containsKey(name)) {
				throw new ArchiveRefused("entry " + name + " of the manifest is missing from the archive");
			}
		}
	}

	private static Map<String, Manifest.Entry> byName(Manifest manifest) {
		Map<String, Manifest.Entry> entries = new HashMap<>();
		manifest.entries().forEach((entry) -> entries.put(entry.name(), entry));
		return entries;
	}

	private static Manifest.Entry withoutRows(Manifest.Entry entry) {
		return (entry != null) ? new Manifest.Entry(entry.name(), entry.sha256(), entry.size(), 0) : null;
	}

	/** Receives the entries of an archive. */
	@FunctionalInterface
	interface Handler {

		/**
		 * Reads an entry, as far as it needs; the rest is read and hashed after.
		 * @param name the entry's name
		 * @param content its content
		 */
		void accept(String name, InputStream content) throws IOException;

	}

	/** Counts bytes read. */
	private static final class Counted extends FilterInputStream {

		private long count;

		Counted(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			this.count += (b >= 0) ? 1 : 0;
			return b;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			int n = super.read(bytes, offset, length);
			this.count += Math.max(n, 0);
			return n;
		}

		@Override
		public void close() {
			// the zip stream stays open for the next entry
		}

	}

	/** Keeps the decrypted stream open when the zip stream would close it. */
	private static final class Unclosed extends FilterInputStream {

		Unclosed(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
			// read to its end after the zip stream
		}

	}

}
