package dev.katib.letters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.accounts.Caller;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;

/**
 * A letter: the aggregate that owns its status, its drafting and its versions. Every change is a method that
 * checks its rule here, once, and registers the event it causes; {@link LetterLifecycle#change} holds the
 * letter's row locked while it changes and stores it with an optimistic check. Nothing else writes a letter.
 */
public final class Letter {

	private final LetterOrigin origin;
	private final long revision;
	private LetterStatus status;
	private DraftingState drafting;
	private @Nullable String draftingProblem;
	private int currentVersion;
	private final List<LetterVersion> added = new ArrayList<>();
	private final List<Object> events = new ArrayList<>();

	Letter(LetterOrigin origin, long revision, LetterStatus status, DraftingState drafting,
			@Nullable String draftingProblem, int currentVersion) {
		this.origin = origin;
		this.revision = revision;
		this.status = status;
		this.drafting = drafting;
		this.draftingProblem = draftingProblem;
		this.currentVersion = currentVersion;
	}

	/** A letter just opened by the writer, in DRAFT, its first version to be drafted. */
	static Letter open(UUID id, Caller writer, String categoryKey, Language language, RecipientView recipient,
			String recipientKey, @Nullable UUID followsUp, DraftingOrder drafting, Instant at) {
		var origin = new LetterOrigin(id, writer.tenantId(), writer.userId(), categoryKey, language, recipient,
				recipientKey, drafting.replyTo(), followsUp, at);
		var letter = new Letter(origin, 0, LetterStatus.DRAFT, DraftingState.WRITING, null, 0);
		letter.events.add(new LetterOpened(writer.tenantId(), origin.id(), writer.userId(), writer.name(),
				writer.sourceAddress(), categoryKey, language.code(), at, drafting));
		return letter;
	}

	/** Whether its content may change now: it is a draft or was returned, and its first version is there. */
	public boolean editable() {
		return EditRule.editable(status, drafting, currentVersion);
	}

	/** @throws KatibException {@code letter-not-editable} unless the letter's content may change now */
	public void requireEditable() {
		EditRule.requireEditable(status, drafting);
	}

	/** Whether its first version is still to come from drafting. */
	public boolean beingDrafted() {
		return EditRule.waitingForDraft(status, drafting);
	}

	/** The first version, as drafting wrote it; {@code letter-not-editable} unless the letter waits for it. */
	public LetterVersion drafted(StructuredLetter content, VersionSource source, @Nullable ModelUsage usage,
			Instant at) {
		EditRule.requireWaitingForDraft(status, drafting);
		drafting = DraftingState.DONE;
		draftingProblem = null;
		return append(content, origin.writerId(), source, usage, at, null);
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
		events.add(new DraftingFailed(origin.tenantId(), origin.id(), problem.type().slug(), at));
		return true;
	}

	/** A change by hand of the version {@code basedOn}, which must still be the current one. */
	public LetterVersion edit(StructuredLetter content, Caller by, int basedOn, Instant at) {
		return edited(add(content, by.userId(), VersionSource.EDITED_BY_HAND, null, basedOn, at, null), null, by, at);
	}

	/** A model's revision of the version {@code basedOn} by the member's instruction. */
	public LetterVersion revise(StructuredLetter content, UUID authorId, int basedOn, ModelUsage usage, Instant at) {
		return add(content, authorId, VersionSource.EDITED_BY_CHAT, usage, basedOn, at, null);
	}

	/** Makes an earlier version's content current again, as a new version on top of {@code basedOn}. */
	public LetterVersion restore(LetterVersion earlier, Caller by, int basedOn, Instant at) {
		return edited(add(earlier.letter(), by.userId(), VersionSource.RESTORED, null, basedOn, at, earlier.number()),
				earlier.number(), by, at);
	}

	/** @throws KatibException unless the move is possible now, as {@link LetterTransition} says */
	public void requirePossible(LetterTransition transition) {
		transition.requirePossible(status, currentVersion);
	}

	/** Sends the letter for review, or approves it at once when its category needs no review. */
	public LetterTransitioned submit(Caller by, @Nullable String comment, boolean withoutReview, Instant at) {
		return move(LetterTransition.SUBMIT, withoutReview ? LetterStatus.APPROVED : LetterStatus.IN_REVIEW, by,
				comment, at);
	}

	public LetterTransitioned approve(Caller by, @Nullable String comment, Instant at) {
		return move(LetterTransition.APPROVE, by, comment, at);
	}

	/** Gives the letter back to its writer, saying why. */
	public LetterTransitioned returnToWriter(Caller by, @Nullable String comment, Instant at) {
		requirePossible(LetterTransition.RETURN);
		if (comment == null || comment.isBlank()) {
			throw Inputs.invalid("comment", "Say why the letter is returned.");
		}
		return move(LetterTransition.RETURN, by, comment, at);
	}

	public LetterTransitioned sign(Caller by, @Nullable String comment, Instant at) {
		return move(LetterTransition.SIGN, by, comment, at);
	}

	public LetterTransitioned send(Caller by, @Nullable String comment, Instant at) {
		return move(LetterTransition.SEND, by, comment, at);
	}

	/** Gives the letter up; a draft still being written is not waited for. */
	public LetterTransitioned cancel(Caller by, @Nullable String comment, Instant at) {
		LetterTransitioned cancelled = move(LetterTransition.CANCEL, by, comment, at);
		draftingFailed(new KatibException(LetterProblems.DRAFTING_INTERRUPTED,
				"The letter was cancelled before its first version was written."), at);
		return cancelled;
	}

	public LetterTransitioned archive(Caller by, @Nullable String comment, Instant at) {
		return move(LetterTransition.ARCHIVE, by, comment, at);
	}

	private LetterTransitioned move(LetterTransition transition, Caller by, @Nullable String comment, Instant at) {
		return move(transition, transition.target(), by, comment, at);
	}

	private LetterTransitioned move(LetterTransition transition, LetterStatus to, Caller by,
			@Nullable String comment, Instant at) {
		requirePossible(transition);
		LetterStatus from = status;
		status = to;
		var moved = new LetterTransitioned(origin.tenantId(), origin.id(), transition, from, to, by.userId(), by.name(),
				currentVersion, at, comment);
		events.add(moved);
		return moved;
	}

	private LetterVersion edited(LetterVersion version, @Nullable Integer restoredFrom, Caller by, Instant at) {
		events.add(new LetterEdited(origin.tenantId(), origin.id(), version.number(), restoredFrom, by.userId(),
				by.name(), by.sourceAddress(), at));
		return version;
	}

	private LetterVersion add(StructuredLetter content, UUID authorId, VersionSource source,
			@Nullable ModelUsage usage, int basedOn, Instant at, @Nullable Integer restoredFrom) {
		requireEditable();
		EditRule.requireCurrent(basedOn, currentVersion);
		return append(content, authorId, source, usage, at, restoredFrom);
	}

	private LetterVersion append(StructuredLetter content, UUID authorId, VersionSource source,
			@Nullable ModelUsage usage, Instant at, @Nullable Integer restoredFrom) {
		currentVersion++;
		var version = new LetterVersion(currentVersion, content, authorId, source, usage, at, restoredFrom);
		added.add(version);
		events.add(new VersionAdded(origin.tenantId(), origin.id(), currentVersion, source, authorId, at));
		return version;
	}

	/** The versions added and the events registered since the letter was read; they are handed over once. */
	Changes takeChanges() {
		var changes = new Changes(List.copyOf(added), List.copyOf(events));
		added.clear();
		events.clear();
		return changes;
	}

	/** What to store with the letter's row: versions to insert, then events to publish. */
	record Changes(List<LetterVersion> versions, List<Object> events) {
	}

	public UUID id() {
		return origin.id();
	}

	public UUID tenantId() {
		return origin.tenantId();
	}

	public UUID writerId() {
		return origin.writerId();
	}

	public String categoryKey() {
		return origin.categoryKey();
	}

	public Language language() {
		return origin.language();
	}

	public LetterStatus status() {
		return status;
	}

	/** What it was opened with: recipient, the letters it answers or follows up, when. */
	public LetterOrigin origin() {
		return origin;
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
