package org.marsad.web;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link of the language switch: the same page, with the same query, in the other
 * language.
 * <ul>
 * <li>Arabic switches to English, English to Arabic</li>
 * <li>other query parameters (filters, paging) are kept; only {@code lang} is
 * replaced</li>
 * <li>the link is always a path on this server: leading slashes collapse to one, so that
 * a crafted path cannot become a link to another host</li>
 * </ul>
 */
final class LanguageSwitch {

	private LanguageSwitch() {
	}

	static String otherLanguage(Locale current) {
		return "ar".equals(current.getLanguage()) ? "en" : "ar";
	}

	/**
	 * The link to the page in another language.
	 * @param path the request path (with context path), not decoded
	 * @param query the raw query string, or {@code null}
	 * @param language the language to switch to
	 * @return a server-relative link
	 */
	static String link(String path, String query, String language) {
		String safePath = (path == null || path.isEmpty()) ? "/" : "/" + path.replaceFirst("^[/\\\\]+", "");
		return UriComponentsBuilder.fromPath(safePath)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
