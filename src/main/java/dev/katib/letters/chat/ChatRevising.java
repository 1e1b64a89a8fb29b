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
import dev.katib.ai.Attribution;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterLifecycle;
import dev.katib.letters.LetterProblems;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.ModelUsage;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.SeedCategories;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.knowledge.DraftingKnowledge;
import dev.katib.letters.prompt.EditingPrompt;
import dev.katib.letters.prompt.Prompt;
import dev.katib.letters.validation.Expectations;
import dev.katib.letters.versions.VersionView;
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
	private final Revising revising;
	private final PendingRevisions pending;
	private final Quotas quotas;
	private final MessageSource texts;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ChatRevising(LetterHistory history, LetterLifecycle lifecycle, WritingKnowledge knowledge, ChatMessages messages,
			Suggestions suggestions, Revising revising, PendingRevisions pending, Quotas quotas, MessageSource texts,
			PlatformTransactionManager transactions, Clock clock) {
		this.history = history;
		this.lifecycle = lifecycle;
		this.knowledge = knowledge;
		this.messages = messages;
		this.suggestions = suggestions;
		this.revising = revising;
		this.pending = pending;
		this.quotas = quotas;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The prompt for an instruction on a version of the letter, and what the revision is checked against. */
	record Prepared(Prompt prompt, Expectations expected, StructuredLetter current) {

		/** A generous guess of the tokens of one call with its repair: prompt and answer, twice. */
		long estimatedTokens() {
			return 2L * ((prompt.system().length() + prompt.user().length()) / 3 + 2_000);
		}
	}

	Prepared prepare(Letter letter, LetterVersion version, String instruction) {
		CategoryDefinition category = knowledge.category(letter.tenantId(), letter.categoryKey())
			.or(() -> SeedCategories.byKey(letter.categoryKey()))
			.orElseThrow(() -> KatibException.notFound("The letter's category"));
		DraftingKnowledge writing = knowledge.forDrafting(letter.tenantId(), letter.writerId(), letter.categoryKey(),
				null);
		Prompt prompt = EditingPrompt.of(version.letter(), instruction, category, writing);
		return new Prepared(prompt, expectations(letter, version.letter(), category, writing, instruction),
				version.letter());
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
		Caller caller = requested.by();
		Letter letter = history.letter(requested.tenantId(), requested.letterId())
			.orElseThrow(() -> KatibException.notFound("The letter"));
		LetterVersion version = history.versions(letter.tenantId(), letter.id())
			.stream()
			.filter(found -> found.number() == requested.basedOn())
			.findFirst()
			.orElseThrow(() -> KatibException.notFound("The version"));
		Prepared prepared = prepare(letter, version, requested.instruction());
		QuotaReservation reservation = requested.reservation();
		Revising.Outcome outcome;
		try {
			outcome = revising.revise(prepared.prompt(), requested.earlierInstructions(), prepared.current(),
					prepared.expected(), Attribution.of(caller.tenantId(), caller.userId())
						.about("letter", letter.id().toString()),
					chunk -> pending.chunk(requested.instructionId(), chunk));
		}
		catch (KatibException ex) {
			quotas.release(reservation);
			fail(requested, "letters.chat.failed", ex.type());
			throw ex;
		}
		return switch (outcome) {
			case Revising.NeedsProvider _ -> {
				quotas.release(reservation);
				throw new KatibException(ChatProblems.NEEDS_MODEL,
						fail(requested, "letters.chat.needsModel", ChatProblems.NEEDS_MODEL));
			}
			case Revising.Refused refused -> {
				settle(reservation, refused.tokens());
				fail(requested, "letters.chat.refused", ChatProblems.REVISION_REFUSED);
				throw new KatibException(ChatProblems.REVISION_REFUSED,
						"The model's revision broke the letter's rules even after a second attempt; the letter is "
								+ "unchanged. Rephrase the instruction or edit by hand.",
						Map.of("violations", refused.violations().stream().limit(20).toList()));
			}
			case Revising.Revised revised -> {
				settle(reservation, revised.tokens());
				yield store(requested, revised);
			}
		};
	}

	/** The revision becomes the next version, on the version the member was looking at, if it still may. */
	private ChatReply store(RevisionRequested requested, Revising.Revised revised) {
		Caller caller = requested.by();
		try {
			return Objects.requireNonNull(transaction.execute(status -> {
				LetterVersion version = lifecycle.change(caller.tenantId(), requested.letterId(),
						changed -> changed.revise(revised.revision().letter(), caller.userId(), requested.basedOn(),
								new ModelUsage(revised.model(), revised.inputTokens(), revised.outputTokens()),
								clock.instant()));
				String summary = revised.revision().summary();
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

	/**
	 * What a revision may state as fact: everything every version of the letter said (each passed the checks
	 * against the writer's inputs), the chat's instructions, this one included.
	 */
	private Expectations expectations(Letter letter, StructuredLetter current, CategoryDefinition category,
			DraftingKnowledge writing, String instruction) {
		List<String> facts = new ArrayList<>();
		history.versions(letter.tenantId(), letter.id()).forEach(version -> facts.addAll(version.letter().texts()));
		messages.of(letter.tenantId(), letter.id())
			.stream()
			.filter(message -> message.role().equals(ChatMessage.USER))
			.forEach(message -> facts.add(message.text()));
		facts.add(instruction);
		List<String> names = new ArrayList<>();
		for (String name : new @Nullable String[] { current.addressee().name(), current.addressee().organisation(),
				current.addressee().jobTitle(), current.signature().name(), current.signature().jobTitle() }) {
			if (name != null && !name.isBlank()) {
				names.add(name);
			}
		}
		return new Expectations(current.language(), current.basmala(), category.closingStyle(), facts, names,
				writing.referenceLettersFor(category.key()));
	}
}
