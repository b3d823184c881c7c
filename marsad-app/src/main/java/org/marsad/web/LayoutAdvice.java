package org.marsad.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the page layout needs to every page: the link of the language switch. On an
 * error page it points back to the page that failed rather than to {@code /error}.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("otherLanguageUrl")
	String otherLanguageUrl(HttpServletRequest request, Locale locale) {
		String language = LanguageSwitch.otherLanguage(locale);
		Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failedUri instanceof String uri) {
			return LanguageSwitch.link(uri, null, language);
		}
		return LanguageSwitch.link(request.getRequestURI(), request.getQueryString(), language);
	}

}
