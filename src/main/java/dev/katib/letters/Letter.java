package dev.katib.letters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.accounts.Caller;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * A letter: the aggregate that owns its status, its drafting and its versions. Every change is a method that
 * checks its rule here, once, and registers the event it causes; {@link LetterLifecycle#change} holds the
 * letter's row locked while it changes and stores it with an optimistic check. Nothing else writes a letter.
 */
public final class Letter {

	private final UUID id;
	private final UUID tenantId;
	private final UUID writerId;
	private final String categoryKey;
	private final Language language;
	private final RecipientView recipient;
	private final String recipientKey;
	private final @Nullable UUID replyTo;
	private final @Nullable UUID followsUp;
	private final Instant createdAt;
	private final long revision;
	private LetterStatus status;
	private DraftingState drafting;
	private @Nullable String draftingProblem;
	private int currentVersion;
	private final List<LetterVersion> added = new ArrayList<>();
	private final List<Object> events = new ArrayList<>();

	Letter(UUID id, UUID tenantId, UUID writerId, String categoryKey, Language language, RecipientView recipient,
			String recipientKey, @Nullable UUID replyTo, @Nullable UUID followsUp, Instant createdAt, long revision,
			LetterStatus status, DraftingState drafting, @Nullable String draftingProblem, int currentVersion) {
		this.id = id;
		this.tenantId = tenantId;
		this.writerId = writerId;
		this.categoryKey = categoryKey;
		this.language = language;
		this.recipient = recipient;
		this.recipientKey = recipientKey;
		this.replyTo = replyTo;
		this.followsUp = followsUp;
		this.createdAt = createdAt;
		this.revision = revision;
		this.status = status;
		this.drafting = drafting;
		this.draftingProblem = draftingProblem;
		this.currentVersion = currentVersion;
	}

	/** A letter just opened by the writer, in DRAFT, its first version to be drafted. */
	static Letter open(UUID id, Caller writer, String categoryKey, Language language, RecipientView recipient,
			String recipientKey, @Nullable UUID followsUp, DraftingOrder drafting, Instant at) {
		UUID replyTo = drafting.replyTo();
		var letter = new Letter(id, writer.tenantId(), writer.userId(), categoryKey, language, recipient, recipientKey,
				replyTo, followsUp, at, 0, LetterStatus.DRAFT, DraftingState.WRITING, null, 0);
		letter.events.add(new LetterOpened(writer.tenantId(), id, writer.userId(), writer.name(),
				writer.sourceAddress(), categoryKey, language.code(), at, drafting));
		return letter;
	}

	/** Whether its content may change now: it is a draft or was returned, and its first version is there. */
	public boolean editable() {
		return status.editable() && drafting == DraftingState.DONE && currentVersion > 0;
	}

	/** @throws KatibException {@code letter-not-editable} unless the letter's content may change now */
	public void requireEditable() {
		if (!status.editable()) {
			throw new KatibException(LetterProblems.NOT_EDITABLE, "A letter can be changed only while it is a draft "
					+ "or returned; this one is " + status + ".", Map.of("status", status.name()));
		}
		if (drafting == DraftingState.WRITING) {
			throw new KatibException(LetterProblems.NOT_EDITABLE,
					"The letter's first version is still being written; change it once it is there.",
					Map.of("status", status.name()));
		}
	}

	/** Whether its first version is still to come from drafting. */
	public boolean beingDrafted() {
		return drafting == DraftingState.WRITING && status == LetterStatus.DRAFT;
	}

	/**
	 * The first version, as drafting wrote it.
	 *
	 * @throws KatibException {@code letter-not-editable} when drafting already ended or the letter left DRAFT
	 */
	public LetterVersion drafted(StructuredLetter content, VersionSource source, @Nullable ModelUsage usage,
			Instant at) {
		if (!beingDrafted()) {
			throw new KatibException(LetterProblems.NOT_EDITABLE, "The letter is no longer waiting for its draft.",
					Map.of("status", status.name()));
		}
		drafting = DraftingState.DONE;
		draftingProblem = null;
		return append(content, writerId, source, usage, at);
	}

	/**
	 * Drafting gave no valid letter; the problem detail says why. Nothing changes when drafting already ended.
	 *
	 * @return whether the letter was waiting for its draft
	 */
	public boolean draftingFailed(KatibException problem, Instant at) {
		if (drafting != DraftingState.WRITING) {
			return false;
		}
		drafting = DraftingState.FAILED;
		draftingProblem = ProblemJson.write(ProblemJson.of(problem));
		events.add(new DraftingFailed(tenantId, id, problem.type().slug(), at));
		return true;
	}

	/** A change by hand of the version {@code basedOn}, which must still be the current one. */
	public LetterVersion edit(StructuredLetter content, Caller by, int basedOn, Instant at) {
		LetterVersion version = add(content, by.userId(), VersionSource.EDITED_BY_HAND, null, basedOn, at);
		events.add(new LetterEdited(tenantId, id, version.number(), null, by.userId(), by.name(),
				by.sourceAddress(), at));
		return version;
	}

	/** A model's revision of the version {@code basedOn} by the member's instruction. */
	public LetterVersion revise(StructuredLetter content, UUID authorId, int basedOn, ModelUsage usage, Instant at) {
		return add(content, authorId, VersionSource.EDITED_BY_CHAT, usage, basedOn, at);
	}

	/** Makes an earlier version's content current again, as a new version on top of {@code basedOn}. */
	public LetterVersion restore(LetterVersion earlier, Caller by, int basedOn, Instant at) {
		LetterVersion version = add(earlier.letter(), by.userId(), VersionSource.RESTORED, null, basedOn, at,
				earlier.number());
		events.add(new LetterEdited(tenantId, id, version.number(), earlier.number(), by.userId(), by.name(),
				by.sourceAddress(), at));
		return version;
	}

	/**
	 * @throws KatibException {@code transition-not-allowed} when the move is not possible from the letter's
	 *         status; {@code letter-not-drafted} when it needs a version and the letter has none yet
	 */
	public void requirePossible(LetterTransition transition) {
		if (!transition.possibleFrom(status)) {
			throw new KatibException(LetterProblems.TRANSITION_NOT_ALLOWED, "A letter that is " + status
					+ " cannot take the action \"" + transition.segment() + "\".",
					Map.of("status", status.name(), "action", transition.segment()));
		}
		if (transition.needsVersion() && currentVersion == 0) {
			throw new KatibException(LetterProblems.NOT_DRAFTED,
					"The letter has no version yet; wait until its draft is written.");
		}
	}

	/** Sends the letter for review, or approves it at once when its category needs no review. */
	public LetterTransitioned submit(Caller by, @Nullable String comment, boolean withoutReview, Instant at) {
		return move(LetterTransition.SUBMIT, withoutReview ? LetterStatus.APPROVED : LetterStatus.IN_REVIEW, by,
				comment, at);
	}

	public LetterTransitioned approve(Caller by, @Nullable String comment, Instant at) {
		return move(LetterTransition.APPROVE, LetterTransition.APPROVE.target(), by, comment, at);
	}

	/** Gives the letter back to its writer, saying why. */
	public LetterTransitioned returnToWriter(Caller by, @Nullable String comment, Instant at) {
		requirePossible(LetterTransition.RETURN);
		if (comment == null || comment.isBlank()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "Say why the letter is returned.",
					Map.of("field", "comment"));
		}
		return move(LetterTransition.RETURN, LetterTransition.RETURN.target(), by, comment, at);
	}

	public LetterTransitioned sign(Caller by, @Nullable String comment, Instant at) {
		return move(LetterTransition.SIGN, LetterTransition.SIGN.target(), by, comment, at);
	}

	public LetterTransitioned send(Caller by, @Nullable String comment, Instant at) {
		return move(LetterTransition.SEND, LetterTransition.SEND.target(), by, comment, at);
	}

	/** Gives the letter up; a draft still being written is not waited for. */
	public LetterTransitioned cancel(Caller by, @Nullable String comment, Instant at) {
		LetterTransitioned cancelled = move(LetterTransition.CANCEL, LetterTransition.CANCEL.target(), by, comment,
				at);
		draftingFailed(new KatibException(LetterProblems.DRAFTING_INTERRUPTED,
				"The letter was cancelled before its first version was written."), at);
		return cancelled;
	}

	public LetterTransitioned archive(Caller by, @Nullable String comment, Instant at) {
		return move(LetterTransition.ARCHIVE, LetterTransition.ARCHIVE.target(), by, comment, at);
	}

	private LetterTransitioned move(LetterTransition transition, LetterStatus to, Caller by,
			@Nullable String comment, Instant at) {
		requirePossible(transition);
		LetterStatus from = status;
		status = to;
		var moved = new LetterTransitioned(tenantId, id, transition, from, to, by.userId(), by.name(), currentVersion,
				at, comment);
		events.add(moved);
		return moved;
	}

	private LetterVersion add(StructuredLetter content, UUID authorId, VersionSource source,
			@Nullable ModelUsage usage, int basedOn, Instant at) {
		return add(content, authorId, source, usage, basedOn, at, null);
	}

	private LetterVersion add(StructuredLetter content, UUID authorId, VersionSource source,
			@Nullable ModelUsage usage, int basedOn, Instant at, @Nullable Integer restoredFrom) {
		requireEditable();
		if (basedOn != currentVersion) {
			throw new KatibException(ProblemType.CONFLICT, "Someone else changed this letter meanwhile: version "
					+ currentVersion + " is now the current one.",
					Map.of("currentVersion", currentVersion, "basedOn", basedOn));
		}
		return append(content, authorId, source, usage, at, restoredFrom);
	}

	private LetterVersion append(StructuredLetter content, UUID authorId, VersionSource source,
			@Nullable ModelUsage usage, Instant at) {
		return append(content, authorId, source, usage, at, null);
	}

	private LetterVersion append(StructuredLetter content, UUID authorId, VersionSource source,
			@Nullable ModelUsage usage, Instant at, @Nullable Integer restoredFrom) {
		currentVersion++;
		var version = new LetterVersion(currentVersion, content, authorId, source, usage, at, restoredFrom);
		added.add(version);
		events.add(new VersionAdded(tenantId, id, currentVersion, source, authorId, at));
		return version;
	}

	/** The versions added since the letter was read, to be stored with it; they are handed over once. */
	List<LetterVersion> takeAddedVersions() {
		List<LetterVersion> versions = List.copyOf(added);
		added.clear();
		return versions;
	}

	/** The events the changes registered, to be published when the letter is stored; handed over once. */
	List<Object> takeEvents() {
		List<Object> registered = List.copyOf(events);
		events.clear();
		return registered;
	}

	public UUID id() {
		return id;
	}

	public UUID tenantId() {
		return tenantId;
	}

	public UUID writerId() {
		return writerId;
	}

	public String categoryKey() {
		return categoryKey;
	}

	public Language language() {
		return language;
	}

	public LetterStatus status() {
		return status;
	}

	/** The recipient as it was when the letter was drafted. */
	public RecipientView recipient() {
		return recipient;
	}

	/** The recipient's name and organisation as the key that tells whether the organisation wrote to them. */
	String recipientKey() {
		return recipientKey;
	}

	public @Nullable UUID replyToId() {
		return replyTo;
	}

	public @Nullable UUID followsUpId() {
		return followsUp;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public DraftingState drafting() {
		return drafting;
	}

	/** Why drafting failed, as a problem detail's JSON; null unless it did. */
	public @Nullable String draftingProblem() {
		return draftingProblem;
	}

	/** The number of its current version; 0 while it has none. */
	public int currentVersion() {
		return currentVersion;
	}

	/** The stored row's version, for the optimistic check when the letter is stored again. */
	long revision() {
		return revision;
	}
}
