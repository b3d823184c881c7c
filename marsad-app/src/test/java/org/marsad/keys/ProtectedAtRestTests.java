package org.marsad.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protected values at rest on the embedded H2 database, including in a full SQL dump.
 */
@ActiveProfiles("test")
class ProtectedAtRestTests extends ProtectedAtRestContract {

	@Test
	void aDatabaseDumpRevealsNoContact(@TempDir Path folder) throws Exception {
		for (String contact : CONTACTS.keySet()) {
			createSource("مصدر", contact);
		}
		Path dump = folder.resolve("dump.sql");
		this.jdbc.sql("SCRIPT TO '" + dump + "'").query().listOfRows();
		String script = unescaped(Files.readString(dump, StandardCharsets.UTF_8));
		assertThat(script).as("the dump holds the sources").contains("مصدر");
		for (String part : CONTACTS.values()) {
			assertThat(script).doesNotContain(part);
		}
	}

	/**
	 * The script with H2's Unicode escapes in {@code U&'…'} strings ({@code \0645}) read
	 * back.
	 */
	private static String unescaped(String script) {
		return Pattern.compile("\\\\([0-9a-fA-F]{4})")
			.matcher(script)
			.replaceAll(
					(match) -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
	}

}
