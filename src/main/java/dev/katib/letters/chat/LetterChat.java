package dev.katib.letters.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Caller;
import dev.katib.ai.Attribution;
import dev.katib.letters.category.CategoryDefinition;
import dev.katib.letters.category.SeedCategories;
import dev.katib.letters.content.Inputs;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.history.LetterHistory;
import dev.katib.letters.history.LetterVersion;
import dev.katib.letters.history.ModelUsage;
import dev.katib.letters.history.StoredLetter;
import dev.katib.letters.history.VersionSource;
import dev.katib.letters.knowledge.WritingKnowledge;
import dev.katib.letters.prompt.DraftingKnowledge;
import dev.katib.letters.prompt.EditingPrompt;
import dev.katib.letters.prompt.Prompt;
import dev.katib.letters.prompt.WriterPreference;
import dev.katib.letters.validation.Expectations;
import dev.katib.letters.versions.EditRights;
import dev.katib.letters.versions.VersionView;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * The chat on a letter: each instruction goes to the model with the dedicated editing prompt and the current
 * version, and a valid revision becomes the next version. Every instruction and every answer is stored with the
 * letter, with no expiry. Only those who may edit the letter use its chat, and only while it is editable.
 */
@Service
public class LetterChat {

	private static final Logger log = LoggerFactory.getLogger(LetterChat.class);

	/** How many of the writer's earlier instructions the model sees, to notice a recurring kind. */
	private static final int EARLIER_INSTRUCTIONS = 20;

	private final LetterHistory history;
	private final WritingKnowledge knowledge;
	private final ChatMessages messages;
	private final Suggestions suggestions;
	private final Revising revising;
	private final Quotas quotas;
	private final MessageSource texts;
	private final TransactionTemplate transaction;

	LetterChat(LetterHistory history, WritingKnowledge knowledge, ChatMessages messages, Suggestions suggestions,
			Revising revising, Quotas quotas, MessageSource texts, PlatformTransactionManager transactions) {
		this.history = history;
		this.knowledge = knowledge;
		this.messages = messages;
		this.suggestions = suggestions;
		this.revising = revising;
		this.quotas = quotas;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The letter's chat, oldest message first.
	 *
	 * @throws KatibException not found for another organisation's letter; forbidden for someone who may not edit it
	 */
	public List<ChatMessage> conversation(Caller caller, UUID letterId) {
		StoredLetter letter = letter(caller, letterId);
		EditRights.requireEditor(caller, letter);
		return messages.of(caller.tenantId(), letterId);
	}

	/** Whether the caller may use the chat of this letter of their organisation (whatever its status). */
	public boolean mayUse(Caller caller, UUID letterId) {
		return EditRights.mayEdit(caller, letter(caller, letterId));
	}

	/** Whether instructions may be given now: the caller may edit and the letter is editable. */
	public boolean acceptsInstructions(Caller caller, UUID letterId) {
		StoredLetter letter = letter(caller, letterId);
		return EditRights.mayEdit(caller, letter) && EditRights.isEditable(letter);
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
	 * Carries out one instruction on the letter, streaming the model's answer to {@code chunks} as it arrives.
	 *
	 * @param basedOn the version the caller was looking at; the current one when null
	 * @throws KatibException not found; forbidden; {@code letter-not-editable}; conflict when {@code basedOn} is
	 *         not (or no longer) the current version; {@code chat-needs-model-provider} with the offline engine;
	 *         {@code chat-revision-refused} when the model's answer broke the rules twice; quota and model
	 *         problems. In every failure the current version is untouched and the chat says what happened.
	 */
	public ChatReply instruct(Caller caller, UUID letterId, String instruction, @Nullable Integer basedOn,
			Consumer<String> chunks) {
		String asked = Inputs.required(instruction, "instruction", 1, 1_000);
		StoredLetter letter = letter(caller, letterId);
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
		List<ChatMessage> conversation = messages.of(caller.tenantId(), letterId);
		messages.instruction(caller, letterId, asked);
		CategoryDefinition category = category(caller.tenantId(), letter.categoryKey());
		DraftingKnowledge writing = knowledge.forDrafting(caller.tenantId(), letter.writerId(), letter.categoryKey(),
				null);
		Prompt prompt = EditingPrompt.of(current.letter(), asked, category, writing);
		Expectations expected = expectations(caller.tenantId(), letterId, current.letter(), category, writing,
				conversation, asked);
		QuotaReservation reservation = quotas.reserve(caller.tenantId(), caller.userId(), 0, estimate(prompt));
		Revising.Outcome outcome;
		try {
			outcome = revising.revise(prompt, earlier, current.letter(), expected,
					Attribution.of(caller.tenantId(), caller.userId()).about("letter", letterId.toString()), chunks);
		}
		catch (KatibException ex) {
			quotas.release(reservation);
			fail(caller, letterId, "letters.chat.failed", ex.type());
			throw ex;
		}
		return switch (outcome) {
			case Revising.NeedsProvider _ -> {
				quotas.release(reservation);
				String text = fail(caller, letterId, "letters.chat.needsModel", ChatProblems.NEEDS_MODEL);
				throw new KatibException(ChatProblems.NEEDS_MODEL, text);
			}
			case Revising.Refused refused -> {
				settle(reservation, refused.tokens());
				fail(caller, letterId, "letters.chat.refused", ChatProblems.REVISION_REFUSED);
				throw new KatibException(ChatProblems.REVISION_REFUSED,
						"The model's revision broke the letter's rules even after a second attempt; the letter is "
								+ "unchanged. Rephrase the instruction or edit by hand.",
						Map.of("violations", refused.violations().stream().limit(20).toList()));
			}
			case Revising.Revised revised -> {
				settle(reservation, revised.tokens());
				yield store(caller, letter, based, asked, earlier, revised);
			}
		};
	}

	private ChatReply store(Caller caller, StoredLetter letter, int basedOn, String instruction, List<String> earlier,
			Revising.Revised revised) {
		try {
			return Objects.requireNonNull(transaction.execute(status -> {
				LetterVersion version = history.addVersion(caller.tenantId(), letter.id(), basedOn,
						revised.revision().letter(), caller.userId(), VersionSource.EDITED_BY_CHAT,
						new ModelUsage(revised.model(), revised.inputTokens(), revised.outputTokens()));
				String summary = revised.revision().summary();
				ChatMessage answer = messages.answer(caller, letter.id(), summary, summary, version.number(), null);
				Suggestion suggestion = suggest(caller, letter.id(), answer.id(), instruction, earlier,
						revised.suggestedPreference());
				return new ChatReply(answer, summary, VersionView.of(version, caller.name()), suggestion);
			}));
		}
		catch (KatibException ex) {
			fail(caller, letter.id(), "letters.chat.conflict", ex.type());
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
				: instruction.length() > WriterPreference.MAX_LENGTH
						? instruction.substring(0, WriterPreference.MAX_LENGTH) : instruction;
		List<String> known = new ArrayList<>();
		knowledge.preferences(caller.tenantId(), caller.userId()).forEach(p -> known.add(p.text()));
		suggestions.of(caller.tenantId(), caller.userId()).forEach(s -> known.add(s.text()));
		if (known.stream().anyMatch(other -> Recurrence.similar(text, other))) {
			return null;
		}
		return suggestions.offer(caller.tenantId(), caller.userId(), letterId, answerId, text);
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

	/** Records in the chat why the instruction changed nothing, in the caller's language. */
	private String fail(Caller caller, UUID letterId, String key, ProblemType type) {
		String text = texts.getMessage(key, null, caller.language());
		try {
			messages.answer(caller, letterId, text, null, null, type.slug());
		}
		catch (RuntimeException ex) {
			log.error("Could not record the failed chat answer on letter {} of tenant {}", letterId, caller.tenantId(),
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
	 * against the writer's inputs), the chat's earlier instructions, and this instruction.
	 */
	private Expectations expectations(UUID tenantId, UUID letterId, StructuredLetter current,
			CategoryDefinition category, DraftingKnowledge writing, List<ChatMessage> conversation,
			String instruction) {
		List<String> facts = new ArrayList<>();
		history.versions(tenantId, letterId).forEach(version -> facts.addAll(version.letter().texts()));
		conversation.stream().filter(m -> m.role().equals(ChatMessage.USER)).forEach(m -> facts.add(m.text()));
		facts.add(instruction);
		List<String> names = new ArrayList<>();
		addIfPresent(names, current.addressee().name());
		addIfPresent(names, current.addressee().organisation());
		addIfPresent(names, current.addressee().jobTitle());
		addIfPresent(names, current.signature().name());
		addIfPresent(names, current.signature().jobTitle());
		return new Expectations(current.language(), current.basmala(), category.closingStyle(), facts, names,
				writing.referenceLettersFor(category.key()));
	}

	private static void addIfPresent(List<String> names, @Nullable String name) {
		if (name != null && !name.isBlank()) {
			names.add(name);
		}
	}

	private CategoryDefinition category(UUID tenantId, String key) {
		return knowledge.category(tenantId, key)
			.or(() -> SeedCategories.byKey(key))
			.orElseThrow(() -> KatibException.notFound("The letter's category"));
	}

	private StoredLetter letter(Caller caller, UUID letterId) {
		return history.letter(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
	}

	/** A generous guess of the tokens of one call with its repair: prompt and answer, twice. */
	private static long estimate(Prompt prompt) {
		return 2L * ((prompt.system().length() + prompt.user().length()) / 3 + 2_000);
	}
}
