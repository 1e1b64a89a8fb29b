package dev.katib.documents;

import java.util.Locale;

/** The language a document is written in, which also decides its direction on the page. */
public enum DocumentLanguage {

	ARABIC("ar", true), ENGLISH("en", false);

	private final String tag;
	private final boolean rightToLeft;

	DocumentLanguage(String tag, boolean rightToLeft) {
		this.tag = tag;
		this.rightToLeft = rightToLeft;
	}

	/** The BCP 47 tag, as written in the PDF catalogue and the HTML {@code lang} attribute. */
	public String tag() {
		return tag;
	}

	public boolean rightToLeft() {
		return rightToLeft;
	}

	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}
}
