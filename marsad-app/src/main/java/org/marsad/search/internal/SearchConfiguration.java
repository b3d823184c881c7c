package org.marsad.search.internal;

import java.util.List;

import org.marsad.settings.MarsadProperties;
import org.marsad.intake.Reports;
import org.marsad.search.SearchFeed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of search: the index under {@code <data>/index}, the feeds it is rebuilt from
 * (reports and events here, other kinds from their modules' {@link SearchFeed} beans),
 * and the listener that keeps it in step.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	LuceneSearch luceneSearch(MarsadProperties properties) {
		return new LuceneSearch(properties.data().resolve("index"));
	}

	@Bean
	ReportFeed reportFeed(Reports reports) {
		return new ReportFeed(reports);
	}

	@Bean
	EventFeed eventFeed(JdbcClient jdbc) {
		return new EventFeed(jdbc);
	}

	@Bean
	FeedReindexing feedReindexing(ObjectProvider<SearchFeed> feeds, LuceneSearch search) {
		List<SearchFeed> all = feeds.orderedStream().toList();
		return new FeedReindexing(all, search);
	}

	@Bean
	SearchIndexing searchIndexing(ReportFeed reports, EventFeed events, LuceneSearch search, FeedReindexing reindexing,
			PlatformTransactionManager transactions, @Value("${marsad.search.heal:true}") boolean healing) {
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		reading.setReadOnly(true);
		return new SearchIndexing(reports, events, search, reindexing, reading, healing);
	}

}
