package org.marsad.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the UI language: Arabic or English, nothing else, so that every page is
 * rendered from a bundle that is complete.
 * <ul>
 * <li>a language chosen during this request ({@code ?lang=})</li>
 * <li>a {@code marsad-lang} cookie set by the language switch wins</li>
 * <li>else the browser's {@code Accept-Language}, when it names Arabic or English</li>
 * <li>else Arabic</li>
 * </ul>
 */
public class LanguageResolver implements LocaleResolver {

	/** The languages with a complete message bundle. */
	public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("ar"), Locale.ENGLISH);

	static final String COOKIE = "marsad-lang";

	/** Request attribute holding a language chosen during this request. */
	private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					Locale chosen = supported(cookie.getValue());
					if (chosen != null) {
						return chosen;
					}
				}
			}
		}
		String header = request.getHeader("Accept-Language");
		if (header != null) {
			for (Locale.LanguageRange range : parse(header)) {
				Locale chosen = supported(range.getRange());
				if (chosen != null) {
					return chosen;
				}
			}
		}
		return SUPPORTED.get(0);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = (locale != null) ? supported(locale.getLanguage()) : null;
		if (chosen == null) {
			return;
		}
		request.setAttribute(CHOSEN, chosen);
		if (response == null) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(365 * 24 * 3600);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	/**
	 * The supported locale for a language tag, or {@code null}.
	 * @param tag a tag such as {@code ar-SY} or {@code en}
	 * @return the locale or {@code null}
	 */
	public static Locale supported(String tag) {
		if (tag == null) {
			return null;
		}
		String language = Locale.forLanguageTag(tag.trim()).getLanguage();
		for (Locale locale : SUPPORTED) {
			if (locale.getLanguage().equals(language)) {
				return locale;
			}
		}
		return null;
	}

	private static List<Locale.LanguageRange> parse(String header) {
		try {
			return Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

}
