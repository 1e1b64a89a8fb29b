package dev.katib.knowledge.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/** Offers the writing-knowledge pages in the page header to those who may use them. */
@ControllerAdvice(annotations = Pages.class)
class KnowledgeNavigation {

	private final Callers callers;

	KnowledgeNavigation(Callers callers) {
		this.callers = callers;
	}

	@ModelAttribute("writingLink")
	boolean writingLink() {
		return callers.find().map(caller -> Permission.MANAGE_ORGANISATION.isGrantedTo(caller.roles())).orElse(false);
	}

	@ModelAttribute("preferencesLink")
	boolean preferencesLink() {
		return callers.find().map(caller -> Permission.WRITE_LETTERS.isGrantedTo(caller.roles())).orElse(false);
	}
}
