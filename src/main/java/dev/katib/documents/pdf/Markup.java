package dev.katib.documents.pdf;

import dev.katib.documents.layout.TextRun;
import dev.katib.documents.layout.TextRuns;

/**
 * Writes XHTML by hand, where every piece of text goes through {@link #text}: user text can never
 * become markup, and characters XML does not allow are dropped instead of failing the render.
 */
final class Markup {

	private final StringBuilder out = new StringBuilder(16_384);
	private final boolean rightToLeft;

	Markup(boolean rightToLeft) {
		this.rightToLeft = rightToLeft;
	}

	/** Raw markup written by this module; never pass user text here. */
	Markup raw(String markup) {
		out.append(markup);
		return this;
	}

	/** Text that reads with the document, with each run in the other direction isolated in a {@code bdi}. */
	Markup text(String text) {
		return text(text, rightToLeft);
	}

	/** Text inside an element of the given direction. */
	Markup text(String text, boolean rightToLeft) {
		for (TextRun run : TextRuns.split(text, rightToLeft)) {
			if (run.isolated()) {
				out.append("<bdi dir=\"").append(rightToLeft ? "ltr" : "rtl").append("\">");
				escape(run.text());
				out.append("</bdi>");
			}
			else {
				escape(run.text());
			}
		}
		return this;
	}

	/** A value for an attribute in double quotes. */
	Markup attribute(String value) {
		escape(value);
		return this;
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				case '\t', '\n', '\r' -> out.append(' ');
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else if (allowedInXml(c)) {
						out.append(c);
					}
				}
			}
		}
	}

	private static boolean allowedInXml(char c) {
		return c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
