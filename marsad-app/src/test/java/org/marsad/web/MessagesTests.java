package org.marsad.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import org.marsad.web.TemplateTextChecker.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI string exists in Arabic and in English, and templates hold no text of their
 * own.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private final MessageBundles bundles = MessageBundles.load();

	@Test
	void arabicAndEnglishBundlesHaveTheSameKeys() {
		assertThat(this.bundles.unmatchedKeys()).as("keys in only one bundle").isEmpty();
	}

	@Test
	void noMessageIsEmpty() {
		Set<String> empty = new TreeSet<>();
		this.bundles.arabic().forEach((key, value) -> addIfBlank(empty, "ar " + key, value));
		this.bundles.english().forEach((key, value) -> addIfBlank(empty, "en " + key, value));
		assertThat(empty).isEmpty();
	}

	@Test
	void templatesUseOnlyKeysThatBothBundlesHave() {
		Set<String> missing = new TreeSet<>();
		for (Path template : TemplateTextChecker.templates(TEMPLATES)) {
			for (String key : TemplateTextChecker.messageKeys(TemplateTextChecker.read(template))) {
				if (!this.bundles.bothHave(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys missing from a bundle").isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() {
		List<Finding> findings = new ArrayList<>();
		for (Path template : TemplateTextChecker.templates(TEMPLATES)) {
			findings.addAll(TemplateTextChecker.hardCodedText(TEMPLATES.relativize(template).toString(),
					TemplateTextChecker.read(template)));
		}
		assertThat(findings).as("text not taken from the message bundles").isEmpty();
	}

	@Test
	void everyPageSetsLanguageAndDirection() {
		List<Finding> findings = new ArrayList<>();
		for (Path template : TemplateTextChecker.templates(TEMPLATES)) {
			findings.addAll(TemplateTextChecker.languageAndDirection(TEMPLATES.relativize(template).toString(),
					TemplateTextChecker.read(template)));
		}
		assertThat(findings).isEmpty();
	}

	@Test
	void everyRoleHasANameInBothLanguages() {
		for (Role role : Role.values()) {
			assertThat(this.bundles.bothHave("account.role." + role.name())).as(role.name()).isTrue();
		}
	}

	private static void addIfBlank(Set<String> empty, Object key, Object value) {
		if (value.toString().isBlank()) {
			empty.add(key.toString());
		}
	}

}
