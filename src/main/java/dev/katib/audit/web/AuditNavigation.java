package dev.katib.audit.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/** Offers the audit log in the page header to those who may read it. */
@ControllerAdvice(annotations = Pages.class)
class AuditNavigation {

	private final Callers callers;

	AuditNavigation(Callers callers) {
		this.callers = callers;
	}

	@ModelAttribute("auditLogLink")
	boolean auditLogLink() {
		return callers.find().map(caller -> Permission.VIEW_AUDIT.isGrantedTo(caller.roles())).orElse(false);
	}
}
