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

	/** Where text read from JSON cannot be stored, and why. */
	public record Flaw(String at, String why) {
	}

	/**
	 * Refuses JSON read into maps, lists and scalars whose names or texts, however deep, cannot be stored, with
	 * {@code validation-failed} naming where ({@code body.a}, {@code steps[2].fields.x}).
	 */
	public static void requireIn(@Nullable Object value, String at) {
		Flaw found = flawIn(value, at);
		if (found != null) {
			throw KatibException.invalidField(found.at(), found.why());
		}
	}

	/** The first name or text of JSON read into maps, lists and scalars that cannot be stored; none when all can. */
	public static @Nullable Flaw flawIn(@Nullable Object value, String at) {
		if (value instanceof java.util.Map<?, ?> object) {
			for (var entry : object.entrySet()) {
				String name = String.valueOf(entry.getKey());
				String why = flaw(name);
				Flaw found = why != null ? new Flaw(at, "has a name that " + why)
						: flawIn(entry.getValue(), at + "." + name);
				if (found != null) {
					return found;
				}
			}
		}
		else if (value instanceof java.util.List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				Flaw found = flawIn(list.get(i), at + "[" + i + "]");
				if (found != null) {
					return found;
				}
			}
		}
		else if (value instanceof String text && flaw(text) != null) {
			return new Flaw(at, flaw(text));
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
