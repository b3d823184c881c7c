package org.marsad.intake.internal;

import org.marsad.settings.MarsadProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web wiring of intake: the size check on report bodies.
 */
@Configuration(proxyBeanMethods = false)
class IntakeWebConfiguration implements WebMvcConfigurer {

	private final MarsadProperties properties;

	IntakeWebConfiguration(MarsadProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ReportBodyLimit(this.properties.maxReportText().toBytes()))
			.addPathPatterns("/api/reports", "/api/reports/**");
	}

}
