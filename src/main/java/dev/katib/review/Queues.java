package dev.katib.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Colleagues.Colleague;
import dev.katib.accounts.Permission;
import dev.katib.letters.IssuedNumber;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterStatus;

/**
 * The letters waiting for someone: for review (IN_REVIEW, for reviewers) and for signature (APPROVED, for
 * signers), oldest first. A member may have any number of letters waiting for them.
 */
@Service
class Queues {

	static final int LIMIT = 200;

	/** A letter in a queue. */
	record QueuedLetter(UUID id, String status, String category, String language, String subject, Writer writer,
			Instant createdAt, @Nullable String number, @Nullable LocalDate issuedOn) {
	}

	/** Who wrote a letter. */
	record Writer(UUID id, String name) {
	}

	private final LetterHistory history;
	private final LetterRecords records;
	private final Colleagues colleagues;
	private final List<LetterGroups> groups;

	Queues(LetterHistory history, LetterRecords records, Colleagues colleagues, List<LetterGroups> groups) {
		this.history = history;
		this.records = records;
		this.colleagues = colleagues;
		this.groups = groups;
	}

	@Transactional(readOnly = true)
	List<QueuedLetter> review(Caller caller) {
		return review(caller, null);
	}

	@Transactional(readOnly = true)
	List<QueuedLetter> signature(Caller caller) {
		return signature(caller, null);
	}

	/** The review queue, of one batch run's letters only when {@code batch} names one. */
	@Transactional(readOnly = true)
	List<QueuedLetter> review(Caller caller, @Nullable UUID batch) {
		Permission.REVIEW_LETTERS.require(caller);
		return queue(caller, LetterStatus.IN_REVIEW, batch);
	}

	/** The signature queue, of one batch run's letters only when {@code batch} names one. */
	@Transactional(readOnly = true)
	List<QueuedLetter> signature(Caller caller, @Nullable UUID batch) {
		Permission.SIGN_LETTERS.require(caller);
		return queue(caller, LetterStatus.APPROVED, batch);
	}

	/** The batch runs the queues can be filtered by. */
	List<LetterGroups.LetterGroup> batches(Caller caller) {
		return groups.stream().flatMap(source -> source.groups(caller.tenantId()).stream()).toList();
	}

	private List<QueuedLetter> queue(Caller caller, LetterStatus status, @Nullable UUID batch) {
		List<Letter> found = batch == null ? history.withStatus(caller.tenantId(), status, LIMIT)
				: history.withStatus(caller.tenantId(), status, groups.stream()
					.flatMap(source -> source.letters(caller.tenantId(), batch).stream()).toList(), LIMIT);
		return found.stream().map(this::queued).toList();
	}

	private QueuedLetter queued(Letter letter) {
		String subject = history.current(letter.tenantId(), letter.id()).map(v -> v.letter().subject()).orElse("");
		String writer = colleagues.find(letter.tenantId(), letter.writerId()).map(Colleague::name).orElse("");
		var number = records.number(letter.tenantId(), letter.id());
		return new QueuedLetter(letter.id(), letter.status().name(), letter.categoryKey(), letter.language().code(), subject,
				new Writer(letter.writerId(), writer), letter.origin().createdAt(), number.map(IssuedNumber::number).orElse(null),
				number.map(IssuedNumber::issuedOn).orElse(null));
	}
}
