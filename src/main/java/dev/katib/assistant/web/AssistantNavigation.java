package dev.katib.assistant.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/** Offers the assistant's chat page in the page header to the members who may use it. */
@ControllerAdvice(annotations = Pages.class)
class AssistantNavigation {

	private final Callers callers;

	AssistantNavigation(Callers callers) {
		this.callers = callers;
	}

	@ModelAttribute("assistantLink")
	boolean assistantLink() {
		return callers.find().map(caller -> Permission.READ_LETTERS.isGrantedTo(caller.roles())).orElse(false);
	}
}
