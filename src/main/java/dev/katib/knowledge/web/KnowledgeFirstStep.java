package dev.katib.knowledge.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.knowledge.Language;
import dev.katib.platform.FirstStep;
import dev.katib.platform.FirstSteps;

/**
 * First step for owners and admins: the organisation's own way of writing, done once it has a style rule, a
 * reference letter or an introduction.
 */
@Component
class KnowledgeFirstStep implements FirstSteps {

	private final Callers callers;
	private final KnowledgeAdministration knowledge;

	KnowledgeFirstStep(Callers callers, KnowledgeAdministration knowledge) {
		this.callers = callers;
		this.knowledge = knowledge;
	}

	@Override
	public Optional<FirstStep> step() {
		return callers.find()
			.filter(Permission.MANAGE_ORGANISATION::isGrantedTo)
			.map(caller -> new FirstStep(30, "home.step.knowledge", "/admin/writing",
					!knowledge.styleRules(null).isEmpty() || !knowledge.referenceLetters(null).isEmpty()
							|| knowledge.introduction(Language.ARABIC).isPresent()
							|| knowledge.introduction(Language.ENGLISH).isPresent()));
	}
}
