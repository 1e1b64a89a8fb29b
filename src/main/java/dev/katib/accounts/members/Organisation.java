package dev.katib.accounts.members;

import java.time.ZoneId;
import java.util.UUID;

/**
 * An organisation (tenant): everything its members do belongs to it.
 *
 * @param id the tenant id
 * @param nameAr the name in Arabic
 * @param nameEn the name in English
 * @param timeZone where dates of its letters are decided
 * @param defaultLanguage {@code ar} or {@code en}
 * @param digits which digits its documents use
 */
public record Organisation(UUID id, String nameAr, String nameEn, ZoneId timeZone, String defaultLanguage,
		Digits digits) {

	public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Riyadh");

	/** Arabic-Indic digits (٠١٢) or Latin digits (012). */
	public enum Digits {
		ARABIC, LATIN
	}
}
