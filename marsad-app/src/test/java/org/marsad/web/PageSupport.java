package org.marsad.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Shared by the page tests of every module: a signed-in person of a role, work done as a
 * role outside a request, and the page rules (no inline script, style or event handlers,
 * which the Content-Security-Policy would block).
 */
public final class PageSupport {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

	private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern STYLE = Pattern.compile("\\sstyle\\s*=|^<style", Pattern.CASE_INSENSITIVE);

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

	private PageSupport() {
	}

	public static RequestPostProcessor signedIn(Role role) {
		return user("page-" + role.name().toLowerCase()).roles(role.name());
	}

	public static <T> T as(Role role, Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("page-" + role.name().toLowerCase(),
				null, AuthorityUtils.createAuthorityList(role.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public static String html(ResultActions actions) {
		return new String(actions.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	public static void assertFollowsPageRules(String html) {
		assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script").isFalse();
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			String tag = tags.group();
			assertThat(EVENT_HANDLER.matcher(tag).find()).as("event handler attribute in %s", tag).isFalse();
			assertThat(STYLE.matcher(tag).find()).as("style attribute or element in %s", tag).isFalse();
		}
	}

}
