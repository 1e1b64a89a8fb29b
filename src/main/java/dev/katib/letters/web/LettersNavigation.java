package dev.katib.letters.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Permission;
import dev.katib.usage.Quotas;

/**
 * Offers the letters and the new-letter form in the page header to those who may read or write letters, and
 * gives the pages the reader's clock ({@link PageMoments}).
 */
@ControllerAdvice
class LettersNavigation {

	private final AccessPolicy access;
	private final Callers callers;
	private final Colleagues colleagues;

	LettersNavigation(AccessPolicy access, Callers callers, Colleagues colleagues) {
		this.access = access;
		this.callers = callers;
		this.colleagues = colleagues;
	}

	/** Which letters entries the header shows. */
	record Entries(boolean read, boolean write) {
	}

	@ModelAttribute("lettersNavigation")
	Entries lettersNavigation() {
		return new Entries(access.allows(Permission.READ_LETTERS), access.allows(Permission.WRITE_LETTERS));
	}

	@ModelAttribute("moments")
	PageMoments moments(Locale locale) {
		return new PageMoments(access.allows(Permission.READ_LETTERS)
				? colleagues.timeZone(callers.current().tenantId()) : Quotas.DEFAULT_ZONE, locale);
	}
}
