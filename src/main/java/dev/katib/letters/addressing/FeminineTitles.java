package dev.katib.letters.addressing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an Arabic job title in the feminine when a simple, certain rule applies: «مدير إدارة الموارد» →
 * «مديرة إدارة الموارد», «المدير التنفيذي» → «المديرة التنفيذية». When the title is not one it knows how to
 * change safely, it leaves it as written: formal Arabic accepts a masculine title for a woman, but not a
 * wrongly formed feminine.
 */
final class FeminineTitles {

	private static final String DEFINITE = "ال";

	/** Heads of job titles and their feminine, without the article. */
	private static final Map<String, String> HEADS = Map.ofEntries(Map.entry("مدير", "مديرة"),
			Map.entry("رئيس", "رئيسة"), Map.entry("نائب", "نائبة"), Map.entry("وكيل", "وكيلة"),
			Map.entry("مساعد", "مساعدة"), Map.entry("مستشار", "مستشارة"), Map.entry("مشرف", "مشرفة"),
			Map.entry("أمين", "أمينة"), Map.entry("عميد", "عميدة"), Map.entry("مهندس", "مهندسة"),
			Map.entry("محاسب", "محاسبة"), Map.entry("منسق", "منسقة"), Map.entry("أخصائي", "أخصائية"),
			Map.entry("اختصاصي", "اختصاصية"), Map.entry("معلم", "معلمة"), Map.entry("سفير", "سفيرة"),
			Map.entry("وزير", "وزيرة"), Map.entry("مفتش", "مفتشة"), Map.entry("مراقب", "مراقبة"),
			Map.entry("باحث", "باحثة"), Map.entry("محلل", "محللة"), Map.entry("ممثل", "ممثلة"),
			Map.entry("مسؤول", "مسؤولة"), Map.entry("أستاذ", "أستاذة"), Map.entry("طبيب", "طبيبة"),
			Map.entry("كبير", "كبيرة"), Map.entry("موظف", "موظفة"), Map.entry("قائد", "قائدة"));

	/** Adjectives that follow a head in job titles, and their feminine, without the article. */
	private static final Map<String, String> ADJECTIVES = Map.ofEntries(Map.entry("عام", "عامة"),
			Map.entry("تنفيذي", "تنفيذية"), Map.entry("مالي", "مالية"), Map.entry("إداري", "إدارية"),
			Map.entry("فني", "فنية"), Map.entry("إقليمي", "إقليمية"), Map.entry("تقني", "تقنية"),
			Map.entry("قانوني", "قانونية"), Map.entry("تجاري", "تجارية"), Map.entry("طبي", "طبية"),
			Map.entry("أكاديمي", "أكاديمية"), Map.entry("مساعد", "مساعدة"), Map.entry("مكلف", "مكلفة"),
			Map.entry("أول", "أولى"));

	/**
	 * Nouns that open the complement of a title (an iḍāfa such as «مدير إدارة ...»), after which only the head
	 * changes.
	 */
	private static final Set<String> COMPLEMENT_NOUNS = Set.of("إدارة", "قسم", "شعبة", "وحدة", "مركز", "برنامج",
			"مشروع", "مكتب", "فرع", "شؤون", "مجلس", "لجنة", "جامعة", "كلية", "هيئة", "وزارة", "شركة", "مؤسسة",
			"عمادة", "مدرسة", "مستشفى", "منطقة", "دائرة", "قطاع", "مجموعة", "مديرية", "المهندسين", "الأطباء",
			"الباحثين", "المستشارين");

	private FeminineTitles() {
	}

	/** The feminine of the title, or empty when no safe rule applies (including a title already feminine). */
	static Optional<String> of(String title) {
		String[] words = title.strip().split("\\s+");
		Word head = Word.of(words[0]);
		Optional<String> feminineHead = Optional.ofNullable(HEADS.get(head.stem())).map(head::with);
		if (feminineHead.isEmpty()) {
			return Optional.empty();
		}
		if (words.length == 1) {
			return feminineHead;
		}
		Word next = Word.of(words[1]);
		String adjective = ADJECTIVES.get(next.stem());
		if (adjective != null && next.definite() == head.definite()
				&& (head.definite() || words.length == 2)) {
			words[0] = feminineHead.get();
			words[1] = next.with(adjective);
			return Optional.of(String.join(" ", words));
		}
		boolean iDafa = !head.definite() && (next.definite() || COMPLEMENT_NOUNS.contains(next.text()));
		if (adjective == null && iDafa && !endsWithAMasculineAdjective(words)) {
			words[0] = feminineHead.get();
			return Optional.of(String.join(" ", words));
		}
		return Optional.empty();
	}

	/**
	 * In «وكيل الوزارة المساعد» the adjective describes the head, in «مدير المركز الإقليمي» the complement;
	 * the words alone do not tell which, so such titles stay as written.
	 */
	private static boolean endsWithAMasculineAdjective(String[] words) {
		for (int i = 2; i < words.length; i++) {
			if (ADJECTIVES.containsKey(Word.of(words[i]).stem())) {
				return true;
			}
		}
		return false;
	}

	private record Word(String text, boolean definite) {

		static Word of(String text) {
			return new Word(text, text.startsWith(DEFINITE) && text.length() > 3);
		}

		String stem() {
			return definite ? text.substring(DEFINITE.length()) : text;
		}

		String with(String stem) {
			return definite ? DEFINITE + stem : stem;
		}
	}
}
