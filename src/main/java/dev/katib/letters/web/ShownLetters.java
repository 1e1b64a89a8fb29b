package dev.katib.letters.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Permission;
import dev.katib.letters.DraftingState;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.LetterView;
import dev.katib.letters.VersionView;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.WritingKnowledge;

/** Puts together what the letter page shows of a letter, in the reader's language. */
@Component
class ShownLetters {

	private final WritingKnowledge knowledge;
	private final LetterRecords records;
	private final AccessPolicy access;
	private final Colleagues colleagues;

	ShownLetters(WritingKnowledge knowledge, LetterRecords records, AccessPolicy access, Colleagues colleagues) {
		this.knowledge = knowledge;
		this.records = records;
		this.access = access;
		this.colleagues = colleagues;
	}

	ShownLetter of(Caller caller, LetterView letter, List<VersionView> versions, Locale locale) {
		Language language = Language.fromCode(letter.language()).orElse(Language.ARABIC);
		var category = knowledge.category(caller.tenantId(), letter.category());
		VersionView current = letter.version();
		LetterSheet sheet = current == null
				? LetterSheet.frame(language, category.map(c -> c.basmala(language)).orElse(false), letter.dates())
				: signed(caller, letter, current,
						LetterSheet.of(current.letter(), letter.dates(), letter.number(), current.draftedWithoutAi()));
		int currentNumber = current == null ? 0 : current.number();
		ZoneId zone = colleagues.timeZone(caller.tenantId());
		List<ShownLetter.ShownVersion> rows = versions.stream()
			.map(v -> new ShownLetter.ShownVersion(v.number(), v.source().name(), name(v.author().name()),
					v.createdAt(), Times.moment(v.createdAt(), zone, locale), v.number() == currentNumber,
					v.restoredFrom()))
			.toList()
			.reversed();
		return new ShownLetter(letter.id(), letter.status().name(), current == null ? null : current.letter().subject(),
				category.map(c -> categoryName(c, locale)).orElse(letter.category()),
				Addressees.line(letter.recipient(), locale), name(letter.writer().name()), letter.replyTo(),
				letter.followsUp(), letter.drafting() == DraftingState.WRITING,
				letter.drafting() == DraftingState.FAILED,
				current != null && letter.status().editable() && access.allows(Permission.WRITE_LETTERS),
				current == null ? null : current.model(), sheet, rows);
	}

	/** A signed version shows who signed it, as its printed copy does. */
	private LetterSheet signed(Caller caller, LetterView letter, VersionView current, LetterSheet sheet) {
		return records.signature(caller.tenantId(), letter.id())
			.filter(signature -> signature.versionNumber() == current.number())
			.map(signature -> sheet.signedBy(signature.name()))
			.orElse(sheet);
	}

	static String categoryName(CategoryDefinition category, Locale locale) {
		return "ar".equals(locale.getLanguage()) ? category.arabicName() : category.englishName();
	}

	private static String name(@org.jspecify.annotations.Nullable String name) {
		return name == null ? "" : name;
	}
}
