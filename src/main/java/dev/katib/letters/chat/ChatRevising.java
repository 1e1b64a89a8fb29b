package dev.katib.letters.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Caller;
import dev.katib.knowledge.WriterPreference;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterLifecycle;
import dev.katib.letters.LetterProblems;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.ModelUsage;
import dev.katib.letters.asking.CheckedAnswers;
import dev.katib.letters.asking.CheckedAnswers.Outcome;
import dev.katib.letters.asking.CheckedAnswers.Tokens;
import dev.katib.letters.chat.RevisionQuestions.Revised;
import dev.katib.letters.content.Violation;
import dev.katib.letters.VersionView;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * Carries out the instructions given on letters' chats: asks the model with the editing prompt, settles the
 * quota, and stores the revision as the letter's next version, if the letter may still change and nobody changed
 * it meanwhile, or records in the chat why nothing changed. It runs after the instruction is recorded, as a
 * listener of the event publication registry: an instruction cut short by a restart is carried out on start-up,
 * and one that was already answered is not answered twice.
 */
@Component
class ChatRevising {

	private static final Logger log = LoggerFactory.getLogger(ChatRevising.class);

	private final LetterHistory history;
	private final LetterLifecycle lifecycle;
	private final WritingKnowledge knowledge;
	private final ChatMessages messages;
	private final Suggestions suggestions;
	private final CheckedAnswers answers;
	private final RevisionQuestions questions;
	private final PendingRevisions pending;
	private final Quotas quotas;
	private final MessageSource texts;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ChatRevising(LetterHistory history, LetterLifecycle lifecycle, WritingKnowledge knowledge, ChatMessages messages,
			Suggestions suggestions, CheckedAnswers answers, RevisionQuestions questions, PendingRevisions pending,
			Quotas quotas, MessageSource texts, PlatformTransactionManager transactions, Clock clock) {
		this.history = history;
		this.lifecycle = lifecycle;
		this.knowledge = knowledge;
		this.messages = messages;
		this.suggestions = suggestions;
		this.answers = answers;
		this.questions = questions;
		this.pending = pending;
		this.quotas = quotas;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void on(RevisionRequested requested) {
		if (messages.answered(requested.tenantId(), requested.instructionId())) {
			return;
		}
		try {
			pending.done(requested.instructionId(), revise(requested));
		}
		catch (KatibException problem) {
			pending.failed(requested.instructionId(), problem);
		}
		catch (RuntimeException unexpected) {
			log.error("The chat on letter {} of tenant {} failed", requested.letterId(), requested.tenantId(),
					unexpected);
			quotas.release(requested.reservation());
			fail(requested, "letters.chat.failed", ProblemType.INTERNAL_ERROR);
			pending.failed(requested.instructionId(), new KatibException(ProblemType.INTERNAL_ERROR,
					"The instruction could not be carried out."));
		}
	}

	private ChatReply revise(RevisionRequested requested) {
		Letter letter = history.letter(requested.tenantId(), requested.letterId())
			.orElseThrow(() -> KatibException.notFound("The letter"));
		LetterVersion version = history.versions(letter.tenantId(), letter.id())
			.stream()
			.filter(found -> found.number() == requested.basedOn())
			.findFirst()
			.orElseThrow(() -> KatibException.notFound("The version"));
		QuotaReservation reservation = requested.reservation();
		Outcome<Revised> outcome;
		try {
			outcome = answers.ask(questions.of(letter, version, requested.instruction(), requested.by().userId(),
					requested.earlierInstructions()), true, chunk -> pending.chunk(requested.instructionId(), chunk),
					broken -> {
					});
		}
		catch (KatibException ex) {
			quotas.release(reservation);
			fail(requested, "letters.chat.failed", ex.type());
			throw ex;
		}
		return switch (outcome) {
			case Outcome.NeedsModel<Revised> _ -> {
				quotas.release(reservation);
				throw new KatibException(ChatProblems.NEEDS_MODEL,
						fail(requested, "letters.chat.needsModel", ChatProblems.NEEDS_MODEL));
			}
			case Outcome.Refused<Revised>(var violations, var tokens) -> {
				settle(reservation, tokens.total());
				fail(requested, "letters.chat.refused", ChatProblems.REVISION_REFUSED);
				throw new KatibException(ChatProblems.REVISION_REFUSED,
						"The model's revision broke the letter's rules even after a second attempt; the letter is "
								+ "unchanged. Rephrase the instruction or edit by hand.",
						Map.of("violations", violations.stream().map(Violation::quote).limit(20).toList()));
			}
			case Outcome.Answered<Revised>(Revised revised, Tokens tokens) -> {
				settle(reservation, tokens.total());
				yield store(requested, revised, tokens);
			}
		};
	}

	/** The revision becomes the next version, on the version the member was looking at, if it still may. */
	private ChatReply store(RevisionRequested requested, Revised revised, Tokens tokens) {
		Caller caller = requested.by();
		try {
			return Objects.requireNonNull(transaction.execute(status -> {
				LetterVersion version = lifecycle.change(caller.tenantId(), requested.letterId(),
						changed -> changed.revise(revised.letter(), caller.userId(), requested.basedOn(),
								new ModelUsage(tokens.model() == null ? "" : tokens.model(), tokens.input(),
										tokens.output()),
								clock.instant()));
				String summary = revised.summary();
				ChatMessage answer = messages.answer(caller, requested.letterId(), requested.instructionId(), summary,
						summary, version.number(), null);
				Suggestion suggestion = suggest(caller, requested.letterId(), answer.id(), requested.instruction(),
						requested.earlierInstructions(), revised.suggestedPreference());
				return new ChatReply(answer, summary, VersionView.of(version, caller.name()), suggestion);
			}));
		}
		catch (KatibException ex) {
			fail(requested, ex.type().equals(LetterProblems.NOT_EDITABLE) ? "letters.chat.closed"
					: "letters.chat.conflict", ex.type());
			throw ex;
		}
	}

	/** Offers a preference when the model suggests one or the writer keeps asking for the same kind of change. */
	private @Nullable Suggestion suggest(Caller caller, UUID letterId, UUID answerId, String instruction,
			List<String> earlier, @Nullable String suggested) {
		if (suggested == null && !Recurrence.recurs(instruction, earlier)) {
			return null;
		}
		String text = suggested != null ? suggested
				: instruction.length() > dev.katib.knowledge.WriterPreference.MAX_LENGTH
						? instruction.substring(0, dev.katib.knowledge.WriterPreference.MAX_LENGTH) : instruction;
		List<String> known = new ArrayList<>();
		knowledge.preferences(caller.tenantId(), caller.userId()).forEach(p -> known.add(p.text()));
		suggestions.of(caller.tenantId(), caller.userId()).forEach(s -> known.add(s.text()));
		if (known.stream().anyMatch(other -> Recurrence.similar(text, other))) {
			return null;
		}
		return suggestions.offer(caller.tenantId(), caller.userId(), letterId, answerId, text);
	}

	private String fail(RevisionRequested requested, String key, ProblemType type) {
		return fail(requested.by(), requested.letterId(), requested.instructionId(), key, type);
	}

	/** Records in the chat why the instruction changed nothing, in the member's language. */
	String fail(Caller by, UUID letterId, UUID instructionId, String key, ProblemType type) {
		String text = texts.getMessage(key, null, by.language());
		try {
			messages.answer(by, letterId, instructionId, text, null, null, type.slug());
		}
		catch (RuntimeException ex) {
			log.error("Could not record the failed chat answer on letter {} of tenant {}", letterId, by.tenantId(),
					ex);
		}
		return text;
	}

	private void settle(QuotaReservation reservation, long tokens) {
		if (tokens > 0) {
			quotas.settle(reservation, tokens);
		}
		else {
			quotas.release(reservation);
		}
	}
}
