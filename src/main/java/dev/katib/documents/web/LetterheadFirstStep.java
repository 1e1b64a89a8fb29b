package dev.katib.documents.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.documents.Letterheads;
import dev.katib.platform.FirstStep;
import dev.katib.platform.FirstSteps;

/** First step for owners and admins: the letterhead, done once a design has a logo or footer lines. */
@Component
class LetterheadFirstStep implements FirstSteps {

	private final Callers callers;
	private final Letterheads letterheads;

	LetterheadFirstStep(Callers callers, Letterheads letterheads) {
		this.callers = callers;
		this.letterheads = letterheads;
	}

	@Override
	public Optional<FirstStep> step() {
		return callers.find()
			.filter(Permission.MANAGE_ORGANISATION::isGrantedTo)
			.map(caller -> new FirstStep(10, "home.step.letterhead", "/admin/letterhead",
					letterheads.versions(caller.tenantId())
						.stream()
						.anyMatch(v -> v.letterhead().logo() != null || !v.letterhead().footerLines().isEmpty())));
	}
}
