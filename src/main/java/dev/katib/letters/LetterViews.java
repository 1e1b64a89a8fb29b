package dev.katib.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Colleagues;

import dev.katib.documents.DigitStyle;
import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentLanguage;
import dev.katib.knowledge.Language;

/** Puts together what the API and the pages show of a letter: its record, current version, authors and dates. */
@Component
class LetterViews {

	private final LetterDetails details;
	private final LetterHistory history;
	private final LetterRecords records;
	private final LetterVerifications verifications;
	private final Colleagues colleagues;
	private final DocumentDates dates;
	private final Clock clock;

	LetterViews(LetterDetails details, LetterHistory history, LetterRecords records,
			@Lazy LetterVerifications verifications, Colleagues colleagues, DocumentDates dates, Clock clock) {
		this.details = details;
		this.history = history;
		this.records = records;
		this.verifications = verifications;
		this.colleagues = colleagues;
		this.dates = dates;
		this.clock = clock;
	}

	LetterView of(Letter letter) {
		return page(letter.tenantId(), List.of(letter)).getFirst();
	}

	/**
	 * The views of a page of the organisation's letters, in the same order, read in a fixed number of queries
	 * however long the page is: current versions, names, numbers and verifications each in one.
	 */
	List<LetterView> page(UUID tenantId, List<Letter> letters) {
		if (letters.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = letters.stream().map(Letter::id).toList();
		Map<UUID, LetterVersion> current = history.currentOf(tenantId, ids);
		Set<UUID> people = new HashSet<>();
		letters.forEach(letter -> people.add(letter.writerId()));
		current.values().forEach(version -> people.add(version.authorId()));
		Map<UUID, String> names = details.authors(tenantId, people);
		Map<UUID, IssuedNumber> numbers = records.numbers(tenantId, ids);
		Map<UUID, VerificationView> verified = verifications.verifications(tenantId, ids);
		LocalDate today = numbers.size() == letters.size() ? null
				: clock.instant().atZone(colleagues.timeZone(tenantId)).toLocalDate();
		return letters.stream()
			.map(letter -> view(letter, current.get(letter.id()), names, numbers.get(letter.id()), today,
					verified.get(letter.id())))
			.toList();
	}

	private LetterView view(Letter letter, @Nullable LetterVersion current, Map<UUID, String> names,
			@Nullable IssuedNumber issued, @Nullable LocalDate today, @Nullable VerificationView verification) {
		LocalDate day = issued == null ? today : issued.issuedOn();
		return new LetterView(letter.id(), letter.status(), letter.categoryKey(), letter.language().code(),
				letter.origin().recipient(), letter.origin().replyTo(), letter.origin().followsUp(),
				person(letter.writerId(), names), letter.origin().createdAt(), dates(day, letter.language()), letter.drafting(),
				current == null ? null : version(current, names),
				letter.draftingProblem() == null ? null : ProblemJson.read(letter.draftingProblem()),
				issued == null ? null : issued.number(), issued == null ? null : issued.issuedOn(), verification);
	}

	List<VersionView> versions(UUID tenantId, UUID letterId) {
		List<LetterVersion> versions = history.versions(tenantId, letterId);
		Map<UUID, String> names = details.authors(tenantId,
				versions.stream().map(LetterVersion::authorId).distinct().toList());
		return versions.stream().map(version -> version(version, names)).toList();
	}

	/**
	 * The dates a letter shows: its official date once issued; until then today's, in the organisation's time
	 * zone, since a draft carries no date of its own.
	 */
	LetterDates dates(LocalDate today, Language language) {
		DocumentLanguage documentLanguage = language == Language.ARABIC ? DocumentLanguage.ARABIC
				: DocumentLanguage.ENGLISH;
		DigitStyle digits = language == Language.ARABIC ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN;
		return new LetterDates(dates.formatGregorian(today, documentLanguage, digits),
				dates.formatHijri(today, documentLanguage, digits));
	}

	private static VersionView version(LetterVersion version, Map<UUID, String> names) {
		return VersionView.of(version, names.get(version.authorId()));
	}

	private static PersonView person(UUID id, Map<UUID, String> names) {
		return new PersonView(id, names.get(id));
	}
}
