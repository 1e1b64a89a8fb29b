package dev.katib.letters;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.katib.ai.Attribution;
import dev.katib.ai.CallOutcome;
import dev.katib.ai.DataPart;
import dev.katib.ai.ModelCallException;
import dev.katib.knowledge.DraftingKnowledge;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.asking.CheckedAnswers;
import dev.katib.letters.asking.CheckedAnswers.Outcome;
import dev.katib.letters.asking.CheckedAnswers.Tokens;
import dev.katib.letters.asking.Question;
import dev.katib.letters.content.LetterAnswer;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.prompt.DraftingPrompt;
import dev.katib.letters.validation.Expectations;
import dev.katib.letters.validation.LetterValidator;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * Drafts the first version of a letter opened: asks the model for the letter, streaming its answer to the letter's
 * followers, with one repair ({@link CheckedAnswers}), then stores the version or says why there is none. The
 * letter is signed by the signatory Katib knows, whatever the model wrote. The quota reservation taken before is
 * settled with the tokens used, or released when no call was made. Drafting runs in a listener of the event
 * publication registry, after the opening commits, so the request that asked for it is answered at once and a
 * restart resumes it.
 */
@Component
class LetterDrafting {

	private static final Logger log = LoggerFactory.getLogger(LetterDrafting.class);

	/** The task of a model call that drafts a letter. */
	static final String TASK = "letters.draft";

	/** The most drafts that wait on a model at once; more wait for a free place. */
	private static final int CONCURRENT_DRAFTS = 64;

	private final CheckedAnswers answers;
	private final LetterLifecycle lifecycle;
	private final LetterStore store;
	private final LetterViews views;
	private final DraftStreams streams;
	private final WritingKnowledge knowledge;
	private final Quotas quotas;
	private final Clock clock;
	private final Semaphore places = new Semaphore(CONCURRENT_DRAFTS);
	private final ModelTurns turns;

	LetterDrafting(CheckedAnswers answers, LetterLifecycle lifecycle, LetterStore store, LetterViews views,
			DraftStreams streams, WritingKnowledge knowledge, Quotas quotas, Clock clock, ModelTurns turns) {
		this.turns = turns;
		this.answers = answers;
		this.lifecycle = lifecycle;
		this.store = store;
		this.views = views;
		this.streams = streams;
		this.knowledge = knowledge;
		this.quotas = quotas;
		this.clock = clock;
	}

	/** Whether drafts come from the offline engine, at once and with no tokens. */
	boolean offline() {
		return answers.offline();
	}

	/** The tokens drafting from this request may take at most, for the quota reservation. */
	long estimatedTokens(DraftingRequest request, DraftingKnowledge shaping, UUID tenantId, UUID writerId) {
		return answers.offline() ? 0
				: answers.estimatedTokens(question(request, shaping, Attribution.of(tenantId, writerId)));
	}

	/**
	 * Drafts the letter just opened, once its opening committed. The event publication registry keeps the
	 * opening until this returns, so a draft cut short by a restart is drafted again when Katib starts; a letter
	 * whose drafting ended meanwhile (elsewhere, or before the restart) is left as it is.
	 */
	@Async
	@TransactionalEventListener
	void on(LetterOpened opened) {
		places.acquireUninterruptibly();
		try {
			draft(opened);
		}
		finally {
			places.release();
		}
	}

	private void draft(LetterOpened opened) {
		Letter letter = store.find(opened.tenantId(), opened.letterId()).orElse(null);
		if (letter == null || !letter.beingDrafted()) {
			streams.forget(opened.letterId());
			log.info("Letter {} of tenant {} is no longer waiting for its draft", opened.letterId(), opened.tenantId());
			return;
		}
		streams.live(opened.tenantId(), opened.letterId());
		DraftingOrder order = opened.drafting();
		DraftingKnowledge shaping = knowledge.forDrafting(opened.tenantId(), opened.writerId(), letter.categoryKey(),
				repliedText(opened.tenantId(), order.replyTo()));
		Attribution attribution = Attribution.of(opened.tenantId(), opened.writerId())
			.about("letter", opened.letterId().toString());
		try {
			Question<LetterAnswer, StructuredLetter> question = question(order.request(), shaping, attribution);
			Outcome<StructuredLetter> outcome = turns.call(order.turn(), () -> answers.ask(question, false,
					chunk -> streams.chunk(opened.letterId(), chunk),
					broken -> streams.repairing(opened.letterId(), broken.quote())));
			Tokens used = outcome.tokens();
			StructuredLetter drafted = switch (outcome) {
				case Outcome.Answered<StructuredLetter>(StructuredLetter value, Tokens tokens) -> value;
				case Outcome.Refused<StructuredLetter>(var violations, Tokens tokens) -> throw invalid(violations);
				case Outcome.NeedsModel<StructuredLetter> needs -> throw new KatibException(
						ProblemType.SERVICE_UNAVAILABLE, "No engine here can draft this letter.");
			};
			quotas.settle(order.reservation(), used.total());
			stored(opened, drafted, used);
		}
		catch (ModelCallException ex) {
			fail(opened, order.reservation(), ex.outcome() == CallOutcome.REFUSED && !ex.violations().isEmpty()
					? new KatibException(LetterProblems.INVALID, ex.getMessage(), Map.of("violations", ex.violations()))
					: ex);
		}
		catch (KatibException problem) {
			fail(opened, order.reservation(), problem);
		}
		catch (RuntimeException unexpected) {
			log.error("Drafting letter {} of tenant {} failed", opened.letterId(), opened.tenantId(), unexpected);
			fail(opened, order.reservation(), new KatibException(ProblemType.INTERNAL_ERROR,
					"Something went wrong on our side while drafting. Try again."));
		}
	}

	/** The question a draft puts to the model: the drafting prompt, its structured inputs, the letter's rules. */
	private static Question<LetterAnswer, StructuredLetter> question(DraftingRequest request,
			DraftingKnowledge shaping, Attribution attribution) {
		Expectations expected = request.expectations(shaping.referenceLettersFor(request.category().key()));
		boolean basmala = request.category().basmala(request.language());
		return new Question<>(TASK, DraftingPrompt.of(request, shaping), LetterAnswer.class,
				List.of(new DataPart(DraftingInputs.LABEL, DraftingInputs.write(request))), attribution, answer -> {
					StructuredLetter letter = answer.letter(request.language(), basmala, request.signatory());
					List<Violation> violations = LetterValidator.violations(letter, expected);
					return violations.isEmpty() ? new Verdict.Accepted<>(letter) : new Verdict.Rejected<>(violations);
				});
	}

	private void stored(LetterOpened opened, StructuredLetter letter, Tokens used) {
		ModelUsage usage = used.withoutModel() || used.model() == null ? null
				: new ModelUsage(used.model(), used.input(), used.output());
		VersionSource source = used.withoutModel() ? VersionSource.DRAFTED_WITHOUT_AI : VersionSource.DRAFTED;
		lifecycle.change(opened.tenantId(), opened.letterId(),
				drafted -> drafted.drafted(letter, source, usage, clock.instant()));
		streams.drafted(opened.letterId(), views.of(store.find(opened.tenantId(), opened.letterId()).orElseThrow()));
	}

	private void fail(LetterOpened opened, QuotaReservation reservation, KatibException problem) {
		Map<String, Object> detail = ProblemJson.of(problem);
		try {
			lifecycle.change(opened.tenantId(), opened.letterId(),
					letter -> letter.draftingFailed(problem, clock.instant()));
		}
		finally {
			// no letter came: the room goes back (the usage ledger still records every call made)
			quotas.release(reservation);
			streams.failed(opened.letterId(), detail);
		}
		log.info("Drafting letter {} of tenant {} failed: {}", opened.letterId(), opened.tenantId(),
				problem.type().slug());
	}

	private static KatibException invalid(List<Violation> violations) {
		return new KatibException(LetterProblems.INVALID,
				"The model's letter broke the rules of a correct letter, and again after it was asked to correct "
						+ "them: " + violations.getFirst().quote(),
				Map.of("violations", violations.stream().map(Violation::quote).limit(20).toList()));
	}

	/** The text of the letter replied to, which the model reads as data to answer it. */
	private @Nullable String repliedText(UUID tenantId, @Nullable UUID letterId) {
		if (letterId == null) {
			return null;
		}
		return store.current(tenantId, letterId).map(version -> String.join("\n", version.letter().texts())).orElse(null);
	}
}
