package dev.katib.letters.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/**
 * Offers the letters and the new-letter form in the page header to those who may read or write letters.
 */
@ControllerAdvice(annotations = Pages.class)
class LettersNavigation {

	private final AccessPolicy access;

	LettersNavigation(AccessPolicy access) {
		this.access = access;
	}

	/** Which letters entries the header shows. */
	record Entries(boolean read, boolean write) {
	}

	@ModelAttribute("lettersNavigation")
	Entries lettersNavigation() {
		return new Entries(access.allows(Permission.READ_LETTERS), access.allows(Permission.WRITE_LETTERS));
	}
}
