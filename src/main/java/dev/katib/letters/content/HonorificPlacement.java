package dev.katib.letters.content;

import java.util.List;

/** Which part of the addressee an honorific introduces on the addressee line. */
public enum HonorificPlacement {

	/** «الدكتور خالد العتيبي», «صاحب السمو الملكي الأمير ...», "Dr John Smith". */
	BEFORE_NAME,

	/** Honorifics of an office: «معالي وزير التعليم», «سعادة مديرة الإدارة». */
	BEFORE_TITLE,

	/** «السادة شركة ...». */
	BEFORE_ORGANISATION;

	private static final List<String> OF_AN_OFFICE = List.of("معالي", "سعادة");

	private static final List<String> OF_A_BODY = List.of("السادة");

	/** Where an honorific, as printed, goes; honorifics it does not know introduce the name. */
	public static HonorificPlacement of(String honorific) {
		String text = honorific.strip();
		if (OF_AN_OFFICE.stream().anyMatch(text::startsWith)) {
			return BEFORE_TITLE;
		}
		if (OF_A_BODY.stream().anyMatch(text::startsWith)) {
			return BEFORE_ORGANISATION;
		}
		return BEFORE_NAME;
	}
}
