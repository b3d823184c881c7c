package org.marsad.tallies;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the events module's announcements from test data written with SQL the way the
 * events module does: inside a transaction, so that the listeners that must join the
 * writing transaction (the audit chain, the tallies' copy of the figures) find one.
 */
public final class PublishingInTransaction implements ApplicationEventPublisher {

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	public PublishingInTransaction(ApplicationEventPublisher publisher, PlatformTransactionManager transactions) {
		this.publisher = publisher;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void publishEvent(Object event) {
		this.transactions.executeWithoutResult((status) -> this.publisher.publishEvent(event));
	}

}
