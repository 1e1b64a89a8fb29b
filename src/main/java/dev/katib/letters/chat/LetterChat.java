package dev.katib.letters.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Caller;
import dev.katib.platform.Inputs;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.Letter;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.knowledge.WriterPreference;
import dev.katib.letters.asking.CheckedAnswers;
import dev.katib.letters.versions.EditRights;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * The chat on a letter: each instruction goes to the model with the dedicated editing prompt and the current
 * version ({@link ChatRevising}), and a valid revision becomes the next version. Every instruction and every
 * answer is stored with the letter, with no expiry. Only those who may edit the letter use its chat, and only
 * while it is editable.
 */
@Service
public class LetterChat {

	/** How many of the writer's earlier instructions the model sees, to notice a recurring kind. */
	private static final int EARLIER_INSTRUCTIONS = 20;

	/** Long enough for a slow model and its repair attempt. */
	private static final Duration ANSWER_WITHIN = Duration.ofMinutes(5);

	private final LetterHistory history;
	private final WritingKnowledge knowledge;
	private final ChatMessages messages;
	private final Suggestions suggestions;
	private final CheckedAnswers answers;
	private final RevisionQuestions questions;
	private final ChatRevising revising;
	private final PendingRevisions pending;
	private final ApplicationEventPublisher events;
	private final Quotas quotas;
	private final TransactionTemplate transaction;

	LetterChat(LetterHistory history, WritingKnowledge knowledge, ChatMessages messages, Suggestions suggestions,
			CheckedAnswers answers, RevisionQuestions questions, ChatRevising revising, PendingRevisions pending,
			ApplicationEventPublisher events,
			Quotas quotas, PlatformTransactionManager transactions) {
		this.history = history;
		this.knowledge = knowledge;
		this.messages = messages;
		this.suggestions = suggestions;
		this.answers = answers;
		this.questions = questions;
		this.revising = revising;
		this.pending = pending;
		this.events = events;
		this.quotas = quotas;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The letter's chat, oldest message first.
	 *
	 * @throws KatibException not found for another organisation's letter; forbidden for someone who may not edit it
	 */
	public List<ChatMessage> conversation(Caller caller, UUID letterId) {
		Letter letter = letter(caller, letterId);
		EditRights.requireEditor(caller, letter);
		return messages.of(caller.tenantId(), letterId);
	}

	/** Whether the caller may use the chat of this letter of their organisation (whatever its status). */
	public boolean mayUse(Caller caller, UUID letterId) {
		return EditRights.mayEdit(caller, letter(caller, letterId));
	}

	/** Whether instructions may be given now: the caller may edit and the letter is editable. */
	public boolean acceptsInstructions(Caller caller, UUID letterId) {
		Letter letter = letter(caller, letterId);
		return EditRights.mayEdit(caller, letter) && letter.editable();
	}

	/** The number of the letter's current version, or 0 while it has none. */
	public int currentVersion(Caller caller, UUID letterId) {
		return history.current(caller.tenantId(), letter(caller, letterId).id()).map(LetterVersion::number).orElse(0);
	}

	/** The preferences offered to the caller and not yet accepted or dismissed. */
	public List<Suggestion> openSuggestions(Caller caller) {
		return suggestions.of(caller.tenantId(), caller.userId())
			.stream()
			.filter(suggestion -> suggestion.status().equals(Suggestion.OFFERED))
			.toList();
	}

	/**
	 * Carries out one instruction on the letter, streaming the model's answer to {@code chunks} as it arrives,
	 * and waits for the answer; the instruction is carried out even if the caller stops waiting.
	 *
	 * @param basedOn the version the caller was looking at; the current one when null
	 * @throws KatibException not found; forbidden; {@code letter-not-editable}, also when the letter moved on
	 *         while the model wrote; conflict when {@code basedOn} is not (or no longer) the current version;
	 *         {@code chat-needs-model-provider} with the offline engine; {@code chat-revision-refused} when the
	 *         model's answer broke the rules twice; quota and model problems. In every failure the current version
	 *         is untouched and the chat says what happened.
	 */
	public ChatReply instruct(Caller caller, UUID letterId, String instruction, @Nullable Integer basedOn,
			Consumer<String> chunks) {
		String asked = Inputs.required(instruction, "instruction", 1, 1_000);
		Letter letter = letter(caller, letterId);
		EditRights.requireEditable(caller, letter);
		LetterVersion current = history.current(caller.tenantId(), letterId)
			.orElseThrow(() -> new KatibException(ChatProblems.NOTHING_TO_REVISE,
					"The letter is still being drafted; try again when its first version is ready."));
		int based = basedOn == null ? current.number() : basedOn;
		if (based != current.number()) {
			throw new KatibException(ProblemType.CONFLICT,
					"Someone else changed this letter meanwhile: version " + current.number()
							+ " is now the current one.",
					Map.of("currentVersion", current.number(), "basedOn", based));
		}
		List<String> earlier = messages.instructionsBy(caller.tenantId(), caller.userId(), EARLIER_INSTRUCTIONS);
		if (answers.offline()) {
			ChatMessage asking = messages.instruction(caller, letterId, asked);
			throw new KatibException(ChatProblems.NEEDS_MODEL, revising.fail(caller, letterId, asking.id(),
					"letters.chat.needsModel", ChatProblems.NEEDS_MODEL));
		}
		long estimate = answers.estimatedTokens(questions.of(letter, current, asked, caller.userId(), earlier));
		QuotaReservation reservation = quotas.reserve(caller.tenantId(), caller.userId(), 0, estimate);
		UUID instructionId;
		try {
			instructionId = Objects.requireNonNull(transaction.execute(status -> {
				ChatMessage asking = messages.instruction(caller, letterId, asked);
				pending.expect(asking.id(), chunks);
				events.publishEvent(new RevisionRequested(asking.id(), caller.tenantId(), letterId, caller, asked,
						based, earlier, reservation));
				return asking.id();
			}));
		}
		catch (RuntimeException failed) {
			quotas.release(reservation);
			throw failed;
		}
		return pending.await(instructionId, ANSWER_WITHIN);
	}

	/**
	 * Saves an offered preference as the caller's own.
	 *
	 * @throws KatibException not found when the caller has no such suggestion; conflict when already decided
	 */
	public Suggestion accept(Caller caller, UUID letterId, UUID suggestionId) {
		return Objects.requireNonNull(transaction.execute(status -> {
			Suggestion suggestion = open(caller, letterId, suggestionId);
			knowledge.addPreference(caller.tenantId(), new WriterPreference(caller.userId(), suggestion.text()));
			suggestions.decide(caller.tenantId(), suggestionId, Suggestion.ACCEPTED);
			return withStatus(suggestion, Suggestion.ACCEPTED);
		}));
	}

	/** Declines an offered preference; it is not offered again. */
	public Suggestion dismiss(Caller caller, UUID letterId, UUID suggestionId) {
		return Objects.requireNonNull(transaction.execute(status -> {
			Suggestion suggestion = open(caller, letterId, suggestionId);
			suggestions.decide(caller.tenantId(), suggestionId, Suggestion.DISMISSED);
			return withStatus(suggestion, Suggestion.DISMISSED);
		}));
	}

	private Suggestion open(Caller caller, UUID letterId, UUID suggestionId) {
		Suggestion suggestion = suggestions.find(caller.tenantId(), caller.userId(), suggestionId)
			.filter(found -> found.letterId().equals(letterId))
			.orElseThrow(() -> KatibException.notFound("The suggestion"));
		if (!suggestion.status().equals(Suggestion.OFFERED)) {
			throw new KatibException(ProblemType.CONFLICT, "This suggestion was already " + suggestion.status()
				.toLowerCase() + ".", Map.of("status", suggestion.status()));
		}
		return suggestion;
	}

	private static Suggestion withStatus(Suggestion suggestion, String status) {
		return new Suggestion(suggestion.id(), suggestion.letterId(), suggestion.messageId(), suggestion.text(),
				status, suggestion.createdAt());
	}

	private Letter letter(Caller caller, UUID letterId) {
		return history.letter(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
	}
}
