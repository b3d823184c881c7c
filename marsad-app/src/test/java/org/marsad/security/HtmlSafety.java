package org.marsad.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page must not hold after hostile text was stored: anything a browser would run
 * or follow that the templates did not put there.
 * <ul>
 * <li>scripts other than the application's own files ({@code /js/}, {@code /webjars/}),
 * or with content</li>
 * <li>event handler attributes ({@code on…})</li>
 * <li>{@code javascript:}, {@code vbscript:} or {@code data:text/html} links and
 * sources</li>
 * <li>elements the templates never use: frames, objects, embeds, {@code base},
 * {@code meta http-equiv}, {@code svg}, {@code math}, {@code style}</li>
 * <li>htmx attributes the templates did not write (they never point at
 * {@code /admin})</li>
 * </ul>
 */
final class HtmlSafety {

	private static final Set<String> FOREIGN = Set.of("iframe", "frame", "object", "embed", "base", "svg", "math",
			"style", "applet", "link[rel=import]");

	private static final Set<String> URLS = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
			"poster", "background", "cite", "srcdoc", "hx-get", "hx-post");

	private HtmlSafety() {
	}

	/**
	 * What is wrong with a page, empty when nothing is.
	 * @param html the page
	 * @return the problems found
	 */
	static List<String> problems(String html) {
		Document page = Jsoup.parse(html);
		List<String> problems = new ArrayList<>();
		for (Element script : page.select("script")) {
			String src = script.attr("src");
			if (!(src.startsWith("/js/") || src.startsWith("/webjars/")) || !script.data().isBlank()) {
				problems.add("script " + script.outerHtml());
			}
		}
		for (String tag : FOREIGN) {
			page.select(tag).forEach((element) -> problems.add("element " + element.tagName()));
		}
		page.select("meta[http-equiv]").forEach((element) -> problems.add("meta http-equiv"));
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
				if (name.startsWith("on")) {
					problems.add("handler " + name + " on " + element.tagName());
				}
				boolean url = URLS.contains(name);
				if (url && (value.startsWith("javascript:") || value.startsWith("vbscript:")
						|| value.startsWith("data:text/html"))) {
					problems.add("link " + name + "=" + value);
				}
				if (name.startsWith("hx-") && value.contains("/admin")) {
					problems.add("htmx " + name);
				}
			}
		}
		return problems;
	}

	/**
	 * The text a person reads on the page.
	 * @param html the page
	 * @return its text
	 */
	static String text(String html) {
		return Jsoup.parse(html).text();
	}

}
