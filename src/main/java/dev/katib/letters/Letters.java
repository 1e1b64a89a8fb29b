package dev.katib.letters;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Violation;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.validation.Expectations;
import dev.katib.letters.validation.LetterValidator;
import dev.katib.letters.versions.EditRights;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.usage.QuotaExemption;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * The letters of an organisation as its members use them: drafting a new letter, reading it and its versions,
 * finding letters, and editing a draft by hand. Every method checks the caller's permissions and is limited to
 * the caller's organisation.
 */
@Service
public class Letters {

	/** The most letters a page of a list holds. */
	public static final int MAX_PAGE_SIZE = 100;

	/** How long opening a letter waits for the offline engine's draft, which takes milliseconds. */
	private static final Duration OFFLINE_DRAFT = Duration.ofSeconds(30);

	private final DraftPreparation preparation;
	private final LetterStore store;
	private final LetterLifecycle lifecycle;
	private final LetterDetails details;
	private final LetterViews views;
	private final LetterRecords records;
	private final LetterDrafting drafting;
	private final DraftStreams streams;
	private final IdempotencyKeys keys;
	private final Quotas quotas;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Letters(DraftPreparation preparation, LetterStore store, LetterLifecycle lifecycle, LetterDetails details,
			LetterViews views, LetterRecords records, LetterDrafting drafting, DraftStreams streams,
			IdempotencyKeys keys, Quotas quotas, PlatformTransactionManager transactions, Clock clock) {
		this.preparation = preparation;
		this.store = store;
		this.lifecycle = lifecycle;
		this.details = details;
		this.views = views;
		this.records = records;
		this.drafting = drafting;
		this.streams = streams;
		this.keys = keys;
		this.quotas = quotas;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Opens a letter in DRAFT and starts drafting its first version. With the offline engine the first version
	 * exists when this returns; with a model it follows, streamed through {@link DraftStreams}. A request repeated
	 * with the same {@code idempotencyKey} gets the letter the first one opened, without drafting it again.
	 *
	 * @throws KatibException forbidden without {@link Permission#WRITE_LETTERS}; validation failed (with the
	 *         {@code field}) for an unknown category, a missing or unknown recipient, a request that is too short
	 *         or too long; {@code idempotency-key-reused} when the key was used for another request;
	 *         {@code quota-exceeded} when the organisation's or the writer's quota has no room
	 */
	public LetterView draft(Caller caller, DraftLetter request, @Nullable String idempotencyKey) {
		return draft(caller, request, idempotencyKey, null);
	}

	/**
	 * As {@link #draft(Caller, DraftLetter, String)}, with the letter's model calls exempt from the quotas for the
	 * exemption's purpose (a batch run's preview): they are recorded in the usage ledger under that purpose and
	 * audited, and never refused for a full quota.
	 */
	public LetterView draft(Caller caller, DraftLetter request, @Nullable String idempotencyKey,
			@Nullable QuotaExemption exemption) {
		return draft(caller, request, idempotencyKey, exemption, DraftingTurn.AT_ONCE);
	}

	/**
	 * As {@link #draft(Caller, DraftLetter, String, QuotaExemption)}, with the model call run in the given turn: a
	 * letter drafted in bulk waits for one of the {@code KATIB_AI_CONCURRENCY} calls its process runs at once.
	 */
	public LetterView draft(Caller caller, DraftLetter request, @Nullable String idempotencyKey,
			@Nullable QuotaExemption exemption, DraftingTurn turn) {
		Permission.WRITE_LETTERS.require(caller);
		UUID tenantId = caller.tenantId();
		String key = idempotencyKey == null ? null : IdempotencyKeys.checked(idempotencyKey);
		String hash = IdempotencyKeys.hash(request);
		if (key != null) {
			Optional<UUID> earlier = keys.letterOf(tenantId, caller.userId(), key, hash);
			if (earlier.isPresent()) {
				return letter(caller, earlier.get());
			}
		}
		DraftPreparation.Prepared prepared = preparation.prepare(caller, request);
		DraftingRequest drafted = prepared.request();
		Recipient recipient = prepared.recipient();
		long estimate = drafting.estimatedTokens(drafted, prepared.shaping(), tenantId, caller.userId());
		UUID id = Ids.newId(clock);
		QuotaReservation reservation = exemption == null ? quotas.reserve(tenantId, caller.userId(), 1, estimate)
				: quotas.exempt(tenantId, caller.userId(), 1, estimate, exemption.about("letter", id.toString()));
		streams.live(tenantId, id);
		UUID letterId;
		try {
			letterId = transaction.execute(status -> {
				Letter opened = Letter.open(id, caller, drafted.category().key(), request.language(),
						view(recipient, request.recipientId()), LetterDetails.recipientKey(recipient),
						request.followsUp(), new DraftingOrder(drafted, reservation, request.replyTo(), turn), clock.instant());
				store.insert(opened);
				details.author(tenantId, caller.userId(), caller.name());
				if (key != null && !keys.remember(tenantId, caller.userId(), key, hash, opened.id())) {
					status.setRollbackOnly();
					return null;
				}
				return opened.id();
			});
		}
		catch (RuntimeException failed) {
			streams.forget(id);
			quotas.release(reservation);
			throw failed;
		}
		if (letterId == null) {
			// a request with the same key opened its letter meanwhile: that one is the answer
			streams.forget(id);
			quotas.release(reservation);
			return letter(caller, keys.letterOf(tenantId, caller.userId(), key, hash).orElseThrow());
		}
		if (drafting.offline()) {
			// the offline engine drafts at once: the letter is answered with its first version
			streams.awaitEnd(letterId, OFFLINE_DRAFT);
		}
		return letter(caller, letterId);
	}

	/**
	 * The letter with its current version.
	 *
	 * @throws KatibException forbidden without {@link Permission#READ_LETTERS}; not found when the caller's
	 *         organisation has no such letter
	 */
	public LetterView letter(Caller caller, UUID letterId) {
		Permission.READ_LETTERS.require(caller);
		return views.of(find(caller, letterId));
	}

	/** One page of the organisation's letters matching the filter, newest first. */
	public LetterPage search(Caller caller, LetterFilter filter, int page, int size) {
		Permission.READ_LETTERS.require(caller);
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"page starts at 0 and size is between 1 and " + MAX_PAGE_SIZE + ".", Map.of("field", "size"));
		}
		LetterDetails.Found found = details.search(caller.tenantId(), filter, page, size);
		return new LetterPage(views.page(caller.tenantId(), found.items()), found.total(), page, size);
	}

	/**
	 * The thread of the letter, oldest first: the letter it started from and every reply and follow-up, at most
	 * {@link #MAX_PAGE_SIZE} letters.
	 *
	 * @throws KatibException forbidden without {@link Permission#READ_LETTERS}; not found when the caller's
	 *         organisation has no such letter
	 */
	public List<LetterView> thread(Caller caller, UUID letterId) {
		Permission.READ_LETTERS.require(caller);
		find(caller, letterId);
		return views.page(caller.tenantId(), details.thread(caller.tenantId(), letterId, MAX_PAGE_SIZE));
	}

	/** Every version of the letter, the first first. */
	public List<VersionView> versions(Caller caller, UUID letterId) {
		Permission.READ_LETTERS.require(caller);
		find(caller, letterId);
		return views.versions(caller.tenantId(), letterId);
	}

	/**
	 * Edits the letter by hand: its content becomes a new version, made by the caller. The letter's language
	 * and basmala stay what its category decides, and its signature block the one it was drafted with.
	 *
	 * @param basedOn the number of the version the caller edited
	 * @throws KatibException forbidden unless the caller wrote the letter and may write letters, or is an owner
	 *         or admin; {@code conflict} when {@code basedOn} is no longer the current version;
	 *         {@code letter-not-editable} unless the letter is a draft or was returned; validation failed when
	 *         the content breaks the rules of a correct letter
	 */
	public LetterView edit(Caller caller, UUID letterId, int basedOn, StructuredLetter content) {
		Permission.READ_LETTERS.require(caller);
		Letter letter = find(caller, letterId);
		EditRights.requireEditor(caller, letter);
		letter.requireEditable();
		CategoryDefinition category = preparation.category(caller.tenantId(), letter.categoryKey());
		Language language = letter.language();
		// the letter keeps the signature block it was drafted with: who signs is not the editor's to change
		var signatory = store.current(caller.tenantId(), letterId)
			.map(current -> current.letter().signature())
			.orElse(content.signature());
		var edited = new StructuredLetter(language, category.basmala(language), content.subject(), content.addressee(),
				content.greeting(), content.paragraphs(), content.closing(), signatory);
		List<Violation> violations = LetterValidator.violations(edited, new Expectations(edited.language(),
				edited.basmala(), category.closingStyle(), edited.texts(), List.of(), List.of()));
		if (!violations.isEmpty()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"The letter breaks the rules of a correct letter: " + violations.getFirst().quote(),
					Map.of("field", "content." + violations.getFirst().part(), "violations",
							violations.stream().map(Violation::quote).limit(20).toList()));
		}
		transaction.executeWithoutResult(status -> {
			lifecycle.change(caller.tenantId(), letterId, changed -> changed.edit(edited, caller, basedOn, clock.instant()));
			details.author(caller.tenantId(), caller.userId(), caller.name());
		});
		return letter(caller, letterId);
	}

	private Letter find(Caller caller, UUID letterId) {
		return store.find(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
	}

	private static RecipientView view(Recipient recipient, @Nullable UUID recipientId) {
		return new RecipientView(recipientId, recipient.name(), recipient.honorific().code(), recipient.jobTitle(),
				recipient.gender(), recipient.organisation());
	}
}
