package dev.katib.platform;

import org.jspecify.annotations.Nullable;

/**
 * Text Katib can store and give back unchanged. PostgreSQL refuses the NUL character, and a
 * surrogate without its partner is no character at all (it cannot be written as UTF-8), so text
 * with either is refused at the edge, before anything reads it.
 */
public final class StorableText {

	private StorableText() {
	}

	/** Why the text cannot be stored, as a short message naming the fault; none when it can. */
	public static @Nullable String flaw(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return "must not contain a NUL character";
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return "must not contain an unpaired surrogate";
			}
			if (Character.isLowSurrogate(c)) {
				return "must not contain an unpaired surrogate";
			}
		}
		return null;
	}

	/** The text with every character that cannot be stored replaced by U+FFFD, for messages and logs. */
	public static String printable(String text) {
		if (flaw(text) == null) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (paired) {
				out.append(c).append(text.charAt(++i));
			}
			else {
				out.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
			}
		}
		return out.toString();
	}
}
