package dev.katib.letters.prompt;

import java.util.regex.Pattern;

/**
 * Marks text as data in a prompt. Whatever the text contains, it cannot close its fence or open another: runs
 * of the marker characters inside it are replaced by look-alikes that are not markers.
 */
final class Fence {

	static final String OPEN = "<<<";

	static final String CLOSE = ">>>";

	/** The end marker of every fence. */
	static final String END = OPEN + "END DATA" + CLOSE;

	private static final Pattern OPENING_RUN = Pattern.compile("[<\\uFF1C\\uFE64]{3,}");

	private static final Pattern CLOSING_RUN = Pattern.compile("[>\\uFF1E\\uFE65]{3,}");

	private Fence() {
	}

	/** The data between a labelled opening marker and the end marker, each on its own line. */
	static String around(String label, String data) {
		return OPEN + "DATA " + neutral(label) + CLOSE + "\n" + neutral(data) + "\n" + END;
	}

	/** The text with no fence marker in it. */
	static String neutral(String text) {
		String opened = OPENING_RUN.matcher(text).replaceAll(run -> "‹".repeat(run.group().length()));
		return CLOSING_RUN.matcher(opened).replaceAll(run -> "›".repeat(run.group().length()));
	}
}
