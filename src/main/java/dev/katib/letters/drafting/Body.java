package dev.katib.letters.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.katib.platform.Inputs;

/**
 * The writer's own words made into paragraphs: one per line they wrote, spaces normalised, each ending with a
 * sentence mark. Nothing is added but that mark.
 */
final class Body {

	private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.!?؟…:][»\"')\\]]*$", Pattern.DOTALL);

	private static final Pattern TRAILING_PAUSE = Pattern.compile("[\\s,،;؛\\-–]+$");

	private Body() {
	}

	static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String line : Inputs.clean(text).split("\\n")) {
			String paragraph = sentence(line);
			if (paragraph.codePoints().anyMatch(Character::isLetterOrDigit)) {
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	/** The paragraph ending with a full stop unless it already ends a sentence; a trailing comma becomes one. */
	static String sentence(String paragraph) {
		String text = TRAILING_PAUSE.matcher(paragraph.strip()).replaceAll("");
		if (text.isEmpty() || ENDS_A_SENTENCE.matcher(text).matches()) {
			return text;
		}
		return text + ".";
	}
}
