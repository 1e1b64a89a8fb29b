package dev.katib.letters.composing;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.katib.platform.Inputs;

/**
 * What every phrase bank must hold for the composer to state nothing the writer did not give: no figure in any
 * phrase, no placeholder but {you} (and {number}, {date} in the citing clauses), and the default category's
 * openings, standalone openings and closings to fall back on.
 */
final class BankChecks {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	private static final Set<String> CITING = Set.of("number", "date");

	private BankChecks() {
	}

	static void check(Phrases phrases, String language) {
		String field = "phrases." + language;
		phrases.texts().forEach(text -> {
			if (text.codePoints().anyMatch(Character::isDigit)) {
				throw Inputs.invalid(field, "A phrase holds a figure («" + text + "»); a letter's figures are the writer's.");
			}
			Matcher placeholder = PLACEHOLDER.matcher(text);
			while (placeholder.find()) {
				String name = placeholder.group(1);
				boolean citing = text.equals(phrases.references().reply()) || text.equals(phrases.references().followUp());
				if (!name.equals("you") && !(citing && CITING.contains(name))) {
					throw Inputs.invalid(field, "A phrase has the unknown placeholder {" + name + "} («" + text + "»).");
				}
			}
		});
		for (String clause : List.of(phrases.references().reply(), phrases.references().followUp())) {
			if (!clause.contains("{number}") || !clause.contains("{date}")) {
				throw Inputs.invalid(field, "A citing clause names the letter's {number} and {date} («" + clause + "»).");
			}
		}
		Phrases.CategoryPhrases fallback = phrases.categories().get(Phrases.DEFAULT);
		if (fallback == null || fallback.openings().isEmpty() || fallback.standalone().isEmpty()
				|| fallback.closings().isEmpty()) {
			throw Inputs.invalid(field, "The default category needs openings, standalone openings and closings.");
		}
		require(!phrases.introductions().isEmpty(), field, "The introductions are missing.");
		require(!phrases.references().then().isEmpty(), field, "The references' `then` phrases are missing.");
		require(phrases.subject().maxWords() >= 2 && phrases.subject().maxWords() <= 10, field,
				"A subject line has between 2 and 10 words.");
		phrases.recasting().kinds().forEach((kind, rules) -> require(!rules.leads().isEmpty()
				&& !rules.leadIns().isEmpty(), field, "The kind '" + kind + "' needs leads and lead-ins."));
	}

	private static void require(boolean holds, String field, String detail) {
		if (!holds) {
			throw Inputs.invalid(field, detail);
		}
	}
}
