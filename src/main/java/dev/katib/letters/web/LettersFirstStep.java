package dev.katib.letters.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.letters.LetterFilter;
import dev.katib.letters.Letters;
import dev.katib.platform.FirstStep;
import dev.katib.platform.FirstSteps;

/** First step for those who write: a first letter, done once the organisation has one. */
@Component
class LettersFirstStep implements FirstSteps {

	private final Callers callers;
	private final Letters letters;

	LettersFirstStep(Callers callers, Letters letters) {
		this.callers = callers;
		this.letters = letters;
	}

	@Override
	public Optional<FirstStep> step() {
		return callers.find()
			.filter(Permission.WRITE_LETTERS::isGrantedTo)
			.map(caller -> new FirstStep(40, "home.step.letter", "/letters/new",
					letters.search(caller, LetterFilter.ALL, 0, 1).total() > 0));
	}
}
