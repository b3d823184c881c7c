package org.marsad.search.internal;

import org.marsad.MarsadProperties;
import org.marsad.intake.Reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of search: the index under {@code <data>/index}, its reindexing and the listener
 * that keeps it in step.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	LuceneSearch luceneSearch(MarsadProperties properties) {
		return new LuceneSearch(properties.data().resolve("index"));
	}

	@Bean
	ReportReindexing reportReindexing(Reports reports, LuceneSearch search) {
		return new ReportReindexing(reports, search);
	}

	@Bean
	SearchIndexing searchIndexing(ReportReindexing reindexing, PlatformTransactionManager transactions) {
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		reading.setReadOnly(true);
		return new SearchIndexing(reindexing, reading);
	}

}
