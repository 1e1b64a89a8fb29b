package dev.katib.documents;

/** Which digits dates and page numbers are printed with; an organisation's setting. */
public enum DigitStyle {

	/** ٠١٢٣٤٥٦٧٨٩ */
	ARABIC_INDIC,

	/** 0123456789 */
	WESTERN
}
