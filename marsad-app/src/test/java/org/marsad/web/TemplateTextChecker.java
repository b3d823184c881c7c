package org.marsad.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Finds what would keep a Thymeleaf template from being fully bilingual.
 * <ul>
 * <li>a text node with letters that no {@code th:text}, {@code th:utext},
 * {@code th:errors}, {@code th:insert}, {@code th:replace} (other than the page's root,
 * which hands its parts to the layout) or {@code sec:authentication} replaces</li>
 * <li>a human-readable attribute ({@code title}, {@code placeholder}, {@code alt},
 * {@code aria-label}, and {@code value} of buttons) with letters and no {@code th:}
 * counterpart</li>
 * <li>a message key {@code #{key}} written literally in a template (keys computed at run
 * time are checked by their own tests)</li>
 * <li>a page that neither uses the layout nor sets {@code lang} and {@code dir} itself
 * (files that only hold fragments for other pages are not pages)</li>
 * </ul>
 * Whitespace, punctuation, digits and symbols alone are not text to translate.
 */
final class TemplateTextChecker {

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:insert",
			"sec:authentication");

	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label");

	private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([^}]*)}");

	private static final Pattern LITERAL_KEY = Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*(\\(.*)?");

	private static final String LAYOUT = "fragments/layout :: page";

	/**
	 * Something a template should not have.
	 *
	 * @param template the template, relative to the templates folder
	 * @param kind what is wrong: {@code text}, {@code attribute}, {@code key} or
	 * {@code language}
	 * @param detail the offending text, attribute or key
	 */
	record Finding(String template, String kind, String detail) {

		@Override
		public String toString() {
			return this.template + ": " + this.kind + " '" + this.detail + "'";
		}

	}

	private TemplateTextChecker() {
	}

	/**
	 * All templates under a folder.
	 * @param root the templates folder
	 * @return their paths, sorted
	 */
	static List<Path> templates(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Hard-coded text and attributes in one template.
	 * @param name the template's name in findings
	 * @param html the template source
	 * @return the findings, empty when the template is clean
	 */
	static List<Finding> hardCodedText(String name, String html) {
		List<Finding> findings = new ArrayList<>();
		Document document = Jsoup.parse(html);
		document.filter(new NodeFilter() {

			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element) {
					checkAttributes(name, element, findings);
					return replaced(element) ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
				}
				if (node instanceof TextNode text && hasWords(text.text())) {
					findings.add(new Finding(name, "text", text.text().strip()));
				}
				return FilterResult.CONTINUE;
			}

		});
		return findings;
	}

	/**
	 * Literal message keys used in a template.
	 * @param html the template source
	 * @return the keys, in order of use
	 */
	static List<String> messageKeys(String html) {
		List<String> keys = new ArrayList<>();
		Matcher matcher = MESSAGE_KEY.matcher(html);
		while (matcher.find()) {
			Matcher literal = LITERAL_KEY.matcher(matcher.group(1));
			if (literal.matches()) {
				keys.add(literal.group(1));
			}
		}
		return keys;
	}

	/**
	 * Whether a page template gets {@code lang} and {@code dir}: from the layout, or set
	 * on its own root element.
	 * @param name the template's name in findings
	 * @param html the template source
	 * @return a finding, or none
	 */
	static List<Finding> languageAndDirection(String name, String html) {
		Document document = Jsoup.parse(html);
		Element root = document.selectFirst("html");
		boolean fragmentLibrary = root != null && !root.hasAttr("th:fragment")
				&& !document.select("[th:fragment]").isEmpty();
		if (fragmentLibrary) {
			return List.of();
		}
		boolean usesLayout = root != null && root.attr("th:replace").contains(LAYOUT);
		boolean setsBoth = root != null && (root.hasAttr("th:lang") || root.hasAttr("lang"))
				&& (root.hasAttr("th:dir") || root.hasAttr("dir"));
		return (usesLayout || setsBoth) ? List.of() : List.of(new Finding(name, "language", "html lang/dir"));
	}

	private static boolean replaced(Element element) {
		for (String attribute : REPLACING) {
			if (element.hasAttr(attribute)) {
				return true;
			}
		}
		return element.hasAttr("th:replace") && !"html".equals(element.normalName());
	}

	private static void checkAttributes(String name, Element element, List<Finding> findings) {
		for (String attribute : READABLE_ATTRIBUTES) {
			checkAttribute(name, element, attribute, findings);
		}
		boolean button = "button".equals(element.normalName()) || ("input".equals(element.normalName())
				&& BUTTON_INPUT_TYPES.contains(element.attr("type").toLowerCase()));
		if (button) {
			checkAttribute(name, element, "value", findings);
		}
	}

	private static void checkAttribute(String name, Element element, String attribute, List<Finding> findings) {
		if (!element.hasAttr(attribute) || !hasWords(element.attr(attribute))) {
			return;
		}
		boolean produced = element.hasAttr("th:" + attribute) || element.attr("th:attr").contains(attribute + "=");
		if (!produced) {
			findings.add(new Finding(name, "attribute", attribute + "=" + element.attr(attribute)));
		}
	}

	/**
	 * Whether a text has something to translate: a letter in any script.
	 */
	static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

}
