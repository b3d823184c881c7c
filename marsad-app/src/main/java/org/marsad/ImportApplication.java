package org.marsad;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The part of the application that {@code ./marsad import} needs: the database (migrated
 * by Flyway, so an empty one gets the schema and the starter catalogue) and the catalogue
 * module without its web layer, with the audit module so that every place written is
 * audited like a change made on a page. No web server, no search index, no accounts.
 * Deliberately not a {@code @Configuration}: the web application's component scan must
 * not pick it up, and tests must find only {@link MarsadApplication}.
 */
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class })
@ComponentScan(basePackages = { "org.marsad.catalogue", "org.marsad.audit" },
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
				classes = { Controller.class, ControllerAdvice.class }))
class ImportApplication {

}
