package dev.katib.documents.layout;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;

/**
 * Splits text into runs that read with the document's direction and runs that read against it, so
 * each opposite run can be isolated: a number like {@code OUT/1448/000123} or a Latin word keeps its
 * own reading order inside Arabic, and the punctuation around it stays with the Arabic sentence.
 */
public final class TextRuns {

	private TextRuns() {
	}

	public static List<TextRun> split(String text, boolean rightToLeft) {
		List<TextRun> runs = new ArrayList<>();
		int length = text.length();
		int plainStart = 0;
		int i = 0;
		while (i < length) {
			int codePoint = text.codePointAt(i);
			if (!opposite(codePoint, rightToLeft)) {
				i += Character.charCount(codePoint);
				continue;
			}
			int end = endOfOppositeRun(text, i, rightToLeft);
			if (i > plainStart) {
				runs.add(new TextRun(text.substring(plainStart, i), false));
			}
			runs.add(new TextRun(text.substring(i, end), true));
			plainStart = end;
			i = end;
		}
		if (plainStart < length) {
			runs.add(new TextRun(text.substring(plainStart), false));
		}
		return runs;
	}

	/** Whether a text's first strong letter is right-to-left; {@code otherwise} when it has none. */
	public static boolean startsRightToLeft(String text, boolean otherwise) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int direction = UCharacter.getDirection(codePoint);
			if (direction == UCharacterDirection.LEFT_TO_RIGHT) {
				return false;
			}
			if (direction == UCharacterDirection.RIGHT_TO_LEFT || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
				return true;
			}
			i += Character.charCount(codePoint);
		}
		return otherwise;
	}

	/** The end of a run that starts at an opposite character and reaches over neutrals to the last one. */
	private static int endOfOppositeRun(String text, int start, boolean rightToLeft) {
		int end = start;
		int i = start;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			if (opposite(codePoint, rightToLeft)) {
				i += Character.charCount(codePoint);
				end = i;
			}
			else if (neutral(codePoint) || !rightToLeft && number(codePoint)) {
				i += Character.charCount(codePoint);
			}
			else {
				break;
			}
		}
		return end;
	}

	private static boolean opposite(int codePoint, boolean rightToLeft) {
		int direction = UCharacter.getDirection(codePoint);
		if (rightToLeft) {
			return direction == UCharacterDirection.LEFT_TO_RIGHT || direction == UCharacterDirection.EUROPEAN_NUMBER
					|| direction == UCharacterDirection.ARABIC_NUMBER;
		}
		return direction == UCharacterDirection.RIGHT_TO_LEFT
				|| direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
	}

	/** Digits inside an Arabic phrase in an English document belong to that phrase. */
	private static boolean number(int codePoint) {
		int direction = UCharacter.getDirection(codePoint);
		return direction == UCharacterDirection.EUROPEAN_NUMBER || direction == UCharacterDirection.ARABIC_NUMBER;
	}

	private static boolean neutral(int codePoint) {
		int direction = UCharacter.getDirection(codePoint);
		return direction == UCharacterDirection.WHITE_SPACE_NEUTRAL || direction == UCharacterDirection.OTHER_NEUTRAL
				|| direction == UCharacterDirection.COMMON_NUMBER_SEPARATOR
				|| direction == UCharacterDirection.EUROPEAN_NUMBER_SEPARATOR
				|| direction == UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR;
	}
}
