package org.marsad.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Arabic and English message bundles, read as UTF-8 the way Spring reads them.
 *
 * @param arabic the Arabic messages
 * @param english the English messages
 */
record MessageBundles(Properties arabic, Properties english) {

	static final Path FOLDER = Path.of("src/main/resources/i18n");

	static MessageBundles load() {
		return new MessageBundles(read(FOLDER.resolve("messages_ar.properties")),
				read(FOLDER.resolve("messages_en.properties")));
	}

	static Properties read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	/** Keys that one bundle has and the other lacks. */
	Set<String> unmatchedKeys() {
		Set<String> unmatched = new TreeSet<>(this.arabic.stringPropertyNames());
		unmatched.addAll(this.english.stringPropertyNames());
		unmatched.removeIf((key) -> this.arabic.containsKey(key) && this.english.containsKey(key));
		return unmatched;
	}

	boolean bothHave(String key) {
		return this.arabic.containsKey(key) && this.english.containsKey(key);
	}

}
