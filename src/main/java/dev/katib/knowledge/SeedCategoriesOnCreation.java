package dev.katib.knowledge;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.katib.accounts.OrganisationCreated;

/** Gives every new organisation the seven seed categories, in the transaction that creates it. */
@Component
class SeedCategoriesOnCreation {

	private final WritingKnowledge knowledge;

	SeedCategoriesOnCreation(WritingKnowledge knowledge) {
		this.knowledge = knowledge;
	}

	@EventListener
	void on(OrganisationCreated created) {
		knowledge.seedCategories(created.tenantId());
	}
}
