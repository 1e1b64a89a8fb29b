package dev.katib.letters.composing;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs that fit a letter's limits: none longer than a page can hold well (split at a sentence, else at a
 * comma, else at a space) and not more of them than a letter has (the shortest neighbours joined).
 */
final class Fitting {

	/** Below the validator's 2,000 characters a paragraph, with room to spare. */
	static final int LONGEST_PARAGRAPH = 1_800;

	/** Below the validator's 20 paragraphs a letter. */
	static final int MOST_PARAGRAPHS = 18;

	private Fitting() {
	}

	static List<String> fit(List<String> paragraphs) {
		List<String> fitted = new ArrayList<>();
		for (String paragraph : paragraphs) {
			String rest = paragraph;
			while (rest.length() > LONGEST_PARAGRAPH) {
				int cut = cut(rest);
				fitted.add(rest.substring(0, cut).strip());
				rest = rest.substring(cut).strip();
			}
			fitted.add(rest);
		}
		while (fitted.size() > MOST_PARAGRAPHS) {
			int shortest = 0;
			for (int i = 1; i < fitted.size() - 1; i++) {
				int joined = fitted.get(i).length() + fitted.get(i + 1).length();
				if (joined < fitted.get(shortest).length() + fitted.get(shortest + 1).length()) {
					shortest = i;
				}
			}
			fitted.set(shortest, fitted.get(shortest) + " " + fitted.remove(shortest + 1));
		}
		return fitted;
	}

	/** Where to cut a long paragraph: after the last sentence mark, else comma, else space, within the limit. */
	private static int cut(String text) {
		for (String marks : new String[] { ".!?؟", "،,;؛", " " }) {
			for (int i = LONGEST_PARAGRAPH - 1; i > LONGEST_PARAGRAPH / 3; i--) {
				if (marks.indexOf(text.charAt(i)) >= 0 && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')) {
					return i + 1;
				}
			}
		}
		return LONGEST_PARAGRAPH;
	}
}
