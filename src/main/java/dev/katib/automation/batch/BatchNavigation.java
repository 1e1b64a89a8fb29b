package dev.katib.automation.batch;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/** Offers batch runs in the page header to those who may read their records: owners, administrators and writers. */
@ControllerAdvice(annotations = Pages.class)
class BatchNavigation {

	private final AccessPolicy access;

	BatchNavigation(AccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute("batchesLink")
	boolean batchesLink() {
		return access.allows(Permission.USE_SOURCES);
	}
}
