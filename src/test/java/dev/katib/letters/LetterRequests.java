package dev.katib.letters;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;

/** Bodies of {@code POST /api/v1/letters} for the tests. */
public final class LetterRequests {

	public static final String ARABIC_REQUEST = "نرجو التكرم بالموافقة على تمديد فترة التدريب الميداني لطلاب الكلية لدى إدارتكم";

	public static final String ENGLISH_REQUEST = "We kindly ask you to extend the field training of our students at your department";

	private LetterRequests() {
	}

	/** The Arabic request of {@link #arabic()}, as a service call takes it. */
	public static DraftLetter arabicDraft() {
		return new DraftLetter("request", Language.ARABIC,
				new RecipientInput(null, "saada", "مدير إدارة الموارد البشرية", Gender.MALE, "وزارة التعليم"), null,
				ARABIC_REQUEST, null, null);
	}

	public static Map<String, Object> arabic() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("category", "request");
		body.put("language", "ar");
		body.put("recipient", Map.of("honorific", "saada", "jobTitle", "مدير إدارة الموارد البشرية", "gender", "MALE",
				"organisation", "وزارة التعليم"));
		body.put("request", ARABIC_REQUEST);
		return body;
	}

	public static Map<String, Object> english() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("category", "request");
		body.put("language", "en");
		body.put("recipient", Map.of("name", "Sarah Collins", "honorific", "doctor", "jobTitle", "Director of Training",
				"gender", "FEMALE", "organisation", "Gulf Engineering Company"));
		body.put("request", ENGLISH_REQUEST);
		return body;
	}

	static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	static Map<String, Object> without(Map<String, Object> body, String field) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		changed.remove(field);
		return changed;
	}
}
