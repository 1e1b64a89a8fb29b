package dev.katib.ai.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.ai.ModelCallCompleted;

/**
 * Publishes {@link ModelCallCompleted} in a transaction of its own, so the event publication
 * registry keeps it even when the caller's transaction rolls back: the tokens were spent anyway.
 */
public class PublishedCallEvents implements CallEvents {

	private final ApplicationEventPublisher publisher;
	private final TransactionTemplate transaction;

	public PublishedCallEvents(ApplicationEventPublisher publisher, PlatformTransactionManager transactions) {
		this.publisher = publisher;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void completed(ModelCallCompleted event) {
		transaction.executeWithoutResult(status -> publisher.publishEvent(event));
	}
}
