package org.marsad;

import org.marsad.settings.MarsadProperties;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;

/**
 * The application context of the console commands ({@code keys}, {@code audit},
 * {@code backup}, {@code restore}, {@code verify}): the database and the modules that
 * keep keys, the audit log and backups, and nothing that serves requests, opens the
 * search index, sweeps the attachment store or migrates the schema. That is what lets a
 * command run beside a serving process.
 * <ul>
 * <li>active only when {@code marsad.command} is set, so the web application, which scans
 * this package too, ignores it</li>
 * <li>no method security: a person at the console of the server is trusted as its
 * operator</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("marsad.command")
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class })
@EnableConfigurationProperties(MarsadProperties.class)
@ComponentScan(
		basePackages = { "org.marsad.keys", "org.marsad.audit", "org.marsad.backup",
				"org.marsad.persons.verification" },
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class))
class CommandContext {

}
