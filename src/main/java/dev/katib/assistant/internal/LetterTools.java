package dev.katib.assistant.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Permission;
import dev.katib.assistant.internal.AssistantTool.Effect;
import dev.katib.assistant.internal.DataTools.Table;
import dev.katib.knowledge.Language;
import dev.katib.letters.LetterFilter;
import dev.katib.letters.LetterPage;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.Letters;

/** The tools over letters: drafting one for a record, listing letters, and reading a thread. */
@Component
@Order(4)
class LetterTools implements ToolGroup {

	/** The language of a letter to draft. */
	enum LetterLanguage {
		AR(Language.ARABIC), EN(Language.ENGLISH);

		private final Language language;

		LetterLanguage(Language language) {
			this.language = language;
		}

		@JsonValue
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	record DraftForRecord(@Valid Table table,
			@JsonPropertyDescription("The record naming the recipient, through the table's field mapping") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String recordId,
			@JsonPropertyDescription("The key of one of the organisation's letter categories, e.g. request or thanks") @NotBlank @Size(max = 64) String category,
			@JsonPropertyDescription("The letter's language") LetterLanguage language,
			@JsonPropertyDescription("What the letter must say, in the writer's words (10 to 2000 characters)") @Size(min = 10, max = 2000) String request) {
	}

	record ListLetters(
			@JsonPropertyDescription("Only letters in this status, or null for all") @Nullable LetterStatus status,
			@JsonPropertyDescription("Words the letter's recipient or text contains, Arabic spellings folded; null for any") @Nullable @Size(max = 200) String words,
			@JsonPropertyDescription("The page, from 0") @Min(0) @Max(10_000) int page,
			@JsonPropertyDescription("Letters per page, 1 to 50") @Min(1) @Max(50) int size) {
	}

	record Thread(@JsonPropertyDescription("Any letter of the thread") UUID letterId) {
	}

	record LetterList(List<LetterSummary> letters, long total, int page, int size) {

		static LetterList of(LetterPage page) {
			return new LetterList(LetterSummary.of(page.items(), false), page.total(), page.page(), page.size());
		}
	}

	record LetterThread(int letters, List<LetterSummary> thread) {
	}

	private final RecordLetters recordLetters;
	private final Letters letters;

	LetterTools(RecordLetters recordLetters, Letters letters) {
		this.recordLetters = recordLetters;
		this.letters = letters;
	}

	@Override
	public List<AssistantTool<?>> tools() {
		return List.of(
				new AssistantTool<>("draft_letter_for_record", "Drafts a letter to the recipient a record names "
						+ "(through the table's field mapping), counted against the organisation's letter quota; the "
						+ "same call made again returns the same letter.", "صياغة خطاب لسجل", DraftForRecord.class,
						Permission.WRITE_LETTERS, Effect.ADDS,
						(caller, args) -> LetterSummary.of(recordLetters.draft(caller, args.table().ref(),
								args.recordId(), args.category().strip(), args.language().language, args.request()), true)),
				new AssistantTool<>("list_letters", "Lists the organisation's letters, newest first, by status and "
						+ "words.", "عرض الخطابات", ListLetters.class, Permission.READ_LETTERS, Effect.READS,
						(caller, args) -> LetterList.of(letters.search(caller, new LetterFilter(
								args.status() == null ? null : args.status().name(), null, null, args.words()),
								args.page(), args.size()))),
				new AssistantTool<>("summarise_thread", "Gives a letter's thread, oldest first: the letter it started "
						+ "from and every reply and follow-up, each with its status, number, recipient, subject and an "
						+ "excerpt.", "تلخيص سلسلة المراسلات", Thread.class, Permission.READ_LETTERS, Effect.READS,
						(caller, args) -> {
							List<LetterSummary> thread = LetterSummary.of(letters.thread(caller, args.letterId()), true);
							return new LetterThread(thread.size(), thread);
						}));
	}
}
