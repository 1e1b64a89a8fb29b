package dev.katib.knowledge;


import java.util.List;
import java.util.Optional;


/** The seven categories every organisation starts with (the earlier system's set). */
public final class SeedCategories {

	private static final String RESPECTS = "وتقبلوا فائق الاحترام والتقدير";

	private static final String NO_WISH = "Yours sincerely,";

	public static final CategoryDefinition NEW_LETTER = new CategoryDefinition("new-letter", "خطاب جديد",
			"New letter", ClosingStyle.FORMAL, RESPECTS, NO_WISH, true, "مراسلة", "Correspondence");

	public static final CategoryDefinition CONGRATULATION = new CategoryDefinition("congratulation", "تهنئة",
			"Congratulation", ClosingStyle.WISH, "سائلين الله لكم دوام التوفيق والسداد",
			"With our warmest congratulations and best wishes for continued success.", true, "تهنئة",
			"Congratulations");

	public static final CategoryDefinition FOLLOW_UP = new CategoryDefinition("follow-up", "خطاب إلحاقي ومتابعة",
			"Supplementary / follow-up", ClosingStyle.FORMAL, RESPECTS, NO_WISH, true, "متابعة", "Follow-up");

	public static final CategoryDefinition MEETING = new CategoryDefinition("meeting", "تحديد موعد اجتماع",
			"Meeting scheduling", ClosingStyle.FORMAL, RESPECTS, NO_WISH, true, "ترتيب اجتماع",
			"Arranging a meeting");

	public static final CategoryDefinition REPLY = new CategoryDefinition("reply", "رد على خطاب وارد",
			"Reply to a letter received", ClosingStyle.FORMAL, RESPECTS, NO_WISH, true, "الرد على خطابكم",
			"Reply to your letter");

	public static final CategoryDefinition INVITATION = new CategoryDefinition("invitation", "دعوة لحضور",
			"Invitation to attend", ClosingStyle.FORMAL, "متطلعين إلى تشريفكم، " + RESPECTS, NO_WISH, true, "دعوة",
			"Invitation");

	public static final CategoryDefinition REQUEST = new CategoryDefinition("request", "طلب", "Request",
			ClosingStyle.FORMAL, "شاكرين لكم حسن تعاونكم، " + RESPECTS, NO_WISH, true, "طلب", "Request");

	/** In the order they are offered to a writer. */
	public static final List<CategoryDefinition> ALL = List.of(NEW_LETTER, CONGRATULATION, FOLLOW_UP, MEETING,
			REPLY, INVITATION, REQUEST);

	private SeedCategories() {
	}

	public static Optional<CategoryDefinition> byKey(String key) {
		return ALL.stream().filter(category -> category.key().equals(key)).findFirst();
	}
}
