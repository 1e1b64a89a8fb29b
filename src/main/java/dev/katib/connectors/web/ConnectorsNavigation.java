package dev.katib.connectors.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/** Offers the data sources in the page header to those who may use them: owners, administrators and writers. */
@ControllerAdvice(annotations = Pages.class)
class ConnectorsNavigation {

	private final AccessPolicy access;

	ConnectorsNavigation(AccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute("sourcesLink")
	boolean sourcesLink() {
		return access.allows(Permission.USE_SOURCES);
	}
}
