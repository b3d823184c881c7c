package org.marsad.web;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Language choice for the UI: {@code ?lang=ar|en} on any page switches and remembers it.
 * Errors: bilingual pages for people, problem details for programs (in a web application
 * only: commands such as {@code reindex} run the application without one).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * The bundles {@code i18n/messages_ar} and {@code i18n/messages_en}. There is
	 * deliberately no base bundle: a key missing in one language must show up as missing,
	 * not fall back silently.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	@ConditionalOnWebApplication
	ProblemErrorController errorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> errorViewResolvers) {
		return new ProblemErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
	}

	/**
	 * Keeps links out of the resource chain. With a WebJars locator on the class path the
	 * chain is on, and the template engine would pass every link of every page
	 * ({@code @{/events/…}}, twenty rows of them on a list) through
	 * {@link ResourceUrlEncodingFilter}, which looks each one up as a static file on the
	 * class path, inside the application's nested jars, and remembers only the links it
	 * found. Marsad's static files carry no version in their names, so the filter can
	 * change nothing; in a profile of the event list it took 47 % of a page's processor
	 * time (docs/BENCHMARKS.md, "Event list"). Registering it disabled stops the template
	 * engine's configuration from adding it; versionless WebJars paths are still resolved
	 * where they are served.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
