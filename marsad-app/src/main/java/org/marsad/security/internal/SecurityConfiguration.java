package org.marsad.security.internal;

import java.time.Clock;
import java.util.Map;

import org.marsad.settings.MarsadProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Wiring of accounts and of the two ways in: the API under {@code /api} with HTTP Basic
 * and no session (so no CSRF token is needed, and none can be abused), and the web UI
 * with form login, CSRF tokens and a Content-Security-Policy that allows no inline
 * script. Both refuse logins that must wait after failed ones ({@link LoginThrottle}),
 * and every request body is limited in size ({@link RequestBodyLimit}). The two ways in
 * exist only in a web application: commands such as {@code reindex} run the application
 * without one.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfiguration {

	/**
	 * The policy for every page: scripts and styles only from this server, nothing
	 * framed, no plugins, forms only back to this server.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * What the API serves without an account: exports, which then hold publishable
	 * records only (the publishing module decides what each reader gets).
	 */
	static final String[] PUBLIC_API = { "/api/exports/**" };

	/**
	 * The published pages: tally snapshots, bulletins and the map, which reach nothing
	 * internal.
	 */
	static final String[] PUBLIC_PAGES = { "/public", "/public/**" };

	@Bean
	AccountRepository accountRepository(JdbcClient jdbc) {
		return new AccountRepository(jdbc);
	}

	@Bean
	AccountDetailsService accountDetailsService(AccountRepository accounts) {
		return new AccountDetailsService(accounts);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AdminBootstrap adminBootstrap(AccountRepository accounts, PasswordEncoder encoder, MarsadProperties properties,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		return new AdminBootstrap(accounts, encoder, properties.adminPassword(), events,
				new TransactionTemplate(transactions));
	}

	@Bean
	LoginAttempts loginAttempts(AccountRepository accounts, LoginProperties limits,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		return new LoginAttempts(accounts, limits, Clock.systemUTC(), new TransactionTemplate(transactions), events);
	}

	@Bean
	LoginEvents loginEvents(LoginAttempts attempts) {
		return new LoginEvents(attempts);
	}

	/** The size limit on request bodies, before any other filter reads them. */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
			@Value("${marsad.max-request-body:1MB}") DataSize maxRequestBody) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(maxRequestBody.toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	@ConditionalOnWebApplication
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain apiChain(HttpSecurity http, LoginAttempts attempts) throws Exception {
		ApiRefusals refusals = new ApiRefusals();
		http.securityMatcher("/api/**")
			.addFilterBefore(new LoginThrottle(attempts, Clock.systemUTC()), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, PUBLIC_API)
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.realmName(ApiRefusals.REALM).authenticationEntryPoint(refusals))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain webChain(HttpSecurity http, SessionRegistry sessionRegistry, LoginAttempts attempts)
			throws Exception {
		http.addFilterBefore(new LoginThrottle(attempts, Clock.systemUTC()), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(loginFailures()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.newSession())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?ended"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** A locked account gets its own message; every other failure the same one. */
	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		return failures;
	}

}
