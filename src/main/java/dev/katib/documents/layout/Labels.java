package dev.katib.documents.layout;

import dev.katib.documents.DocumentLanguage;

/**
 * The fixed words a document prints around its content, in the document's own language (not the
 * reader's UI language).
 */
public record Labels(String number, String hijriDate, String gregorianDate, String attachments, String subject,
		String page, String of, String draft, String signedElectronically, String verificationCode,
		String noNumber) {

	private static final Labels ARABIC = new Labels("الرقم", "التاريخ", "الموافق", "المرفقات", "الموضوع", "صفحة", "من",
			"مسودة", "وُقِّع هذا المستند إلكترونيًا", "رمز التحقق", "—");

	private static final Labels ENGLISH = new Labels("Ref.", "Date (Hijri)", "Date", "Attachments", "Subject", "Page",
			"of", "DRAFT", "This document was signed electronically.", "Verification code", "—");

	public static Labels of(DocumentLanguage language) {
		return language == DocumentLanguage.ARABIC ? ARABIC : ENGLISH;
	}
}
