package dev.katib.letters;

import java.time.Clock;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

import dev.katib.ai.Attribution;
import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelGateway;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.ModelResult;
import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.knowledge.DraftingKnowledge;
import dev.katib.letters.prompt.DraftingPrompt;
import dev.katib.letters.prompt.Prompt;
import dev.katib.letters.prompt.RepairPrompt;
import dev.katib.letters.validation.Expectations;
import dev.katib.letters.validation.LetterValidator;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * Drafts the first version of a letter opened: asks the model through the gateway, streaming its answer to the
 * letter's followers, checks the letter, gives the model one chance to repair it, then stores the version or
 * says why there is none. The quota reservation taken before is settled with the tokens used, or released
 * when no letter came. Drafting runs in a listener of the event publication registry, after the opening
 * commits, so the request that asked for it is answered at once and a restart resumes it.
 */
@Component
class LetterDrafting {

	private static final Logger log = LoggerFactory.getLogger(LetterDrafting.class);

	/** The most drafts that wait on a model at once; more wait for a free place. */
	private static final int CONCURRENT_DRAFTS = 64;

	private final ModelGateway gateway;
	private final LetterLifecycle lifecycle;
	private final LetterStore store;
	private final LetterViews views;
	private final DraftStreams streams;
	private final WritingKnowledge knowledge;
	private final Quotas quotas;
	private final Clock clock;
	private final Semaphore places = new Semaphore(CONCURRENT_DRAFTS);

	LetterDrafting(ModelGateway gateway, LetterLifecycle lifecycle, LetterStore store, LetterViews views,
			DraftStreams streams, WritingKnowledge knowledge, Quotas quotas, Clock clock) {
		this.gateway = gateway;
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
		return gateway.offline();
	}

	/** What a draft is made from, and for whom. */
	record Job(UUID tenantId, UUID letterId, UUID writerId, DraftingRequest request, DraftingKnowledge knowledge,
			QuotaReservation reservation) {
	}

	/** The prompt a job sends, and the tokens it is expected to take, prompt and answer. */
	static Prompt prompt(DraftingRequest request, DraftingKnowledge knowledge) {
		return DraftingPrompt.of(request, knowledge);
	}

	static long estimatedTokens(Prompt prompt) {
		// about three characters a token for Arabic and English text, and room for the letter and one repair
		return (prompt.system().length() + prompt.user().length()) / 3 + 3_000;
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
		DraftingKnowledge shaping = knowledge.forDrafting(opened.tenantId(), opened.writerId(),
				letter.categoryKey(), repliedText(opened.tenantId(), order.replyTo()));
		run(new Job(opened.tenantId(), opened.letterId(), opened.writerId(), order.request(), shaping,
				order.reservation()));
	}

	/** The text of the letter replied to, which the model reads as data to answer it. */
	private @Nullable String repliedText(UUID tenantId, @Nullable UUID letterId) {
		if (letterId == null) {
			return null;
		}
		return store.current(tenantId, letterId).map(version -> String.join("\n", version.letter().texts())).orElse(null);
	}

	void run(Job job) {
		Usage used = new Usage();
		try {
			Prompt prompt = prompt(job.request(), job.knowledge());
			Expectations expected = job.request()
				.expectations(job.knowledge().referenceLettersFor(job.request().category().key()));
			Attempt first = attempt(job, request(job, prompt, prompt.user(), null), expected, used);
			Attempt last = first;
			if (first.violations() != null) {
				streams.repairing(job.letterId(), first.violations().getFirst().quote());
				String repair = prompt.user() + "\n\n" + RepairPrompt.message(first.violations());
				last = attempt(job, request(job, prompt, repair, first.answer()), expected, used);
			}
			if (last.violations() != null) {
				throw new KatibException(LetterProblems.INVALID,
						"The model's letter broke the rules of a correct letter, and again after it was asked to "
								+ "correct them: " + last.violations().getFirst().quote(),
						Map.of("violations", last.violations().stream().map(Violation::quote).limit(20).toList()));
			}
			store(job, last, used);
			quotas.settle(job.reservation(), used.tokens());
		}
		catch (KatibException problem) {
			fail(job, problem, used);
		}
		catch (RuntimeException unexpected) {
			log.error("Drafting letter {} of tenant {} failed", job.letterId(), job.tenantId(), unexpected);
			fail(job, new KatibException(ProblemType.INTERNAL_ERROR,
					"Something went wrong on our side while drafting. Try again."), used);
		}
	}

	private ModelRequest<JsonNode> request(Job job, Prompt prompt, String user, @Nullable String previousAnswer) {
		var request = ModelRequest.builder(OfflineLetterResponder.TASK, JsonNode.class)
			.system(prompt.system())
			.user(user)
			.schema(prompt.schema())
			.data(DraftingInputs.LABEL, DraftingInputs.write(job.request()))
			.attribution(Attribution.of(job.tenantId(), job.writerId()).about("letter", job.letterId().toString()));
		if (previousAnswer != null) {
			request.data("previous-answer", previousAnswer);
		}
		return request.build();
	}

	/** One call to the model: a letter that follows the rules, or the violations a repair can quote. */
	private Attempt attempt(Job job, ModelRequest<JsonNode> request, Expectations expected, Usage used) {
		ModelResult<JsonNode> result;
		try {
			result = gateway.stream(request, chunk -> streams.chunk(job.letterId(), chunk));
		}
		catch (ModelCallException ex) {
			if (ex.outcome() == CallOutcome.INVALID_OUTPUT) {
				List<Violation> violations = ex.violations().isEmpty()
						? List.of(new Violation(Violation.Rule.MALFORMED, "reply", ex.getMessage()))
						: ex.violations()
							.stream()
							.map(text -> new Violation(Violation.Rule.MALFORMED, "reply", text))
							.toList();
				return new Attempt(null, null, violations, null);
			}
			if (ex.outcome() == CallOutcome.REFUSED && !ex.violations().isEmpty()) {
				throw new KatibException(LetterProblems.INVALID, ex.getMessage(),
						Map.of("violations", ex.violations()));
			}
			throw ex;
		}
		used.add(result);
		StructuredLetter drafted;
		switch (LetterJson.readModelReply(result.json(), job.request().language(),
				job.request().category().basmala(job.request().language()))) {
			case Verdict.Accepted<StructuredLetter>(StructuredLetter letter) -> drafted = letter;
			case Verdict.Rejected<StructuredLetter>(var violations) -> {
				return new Attempt(null, result, violations, result.json());
			}
		}
		List<Violation> violations = LetterValidator.violations(drafted, expected);
		return violations.isEmpty() ? new Attempt(drafted, result, null, result.json())
				: new Attempt(null, result, violations, result.json());
	}

	private void store(Job job, Attempt attempt, Usage used) {
		StructuredLetter letter = attempt.letter();
		ModelResult<JsonNode> result = attempt.result();
		boolean withoutAi = result.draftedWithoutAi();
		ModelUsage usage = withoutAi ? null : new ModelUsage(result.model(), used.input(), used.output());
		lifecycle.change(job.tenantId(), job.letterId(), drafted -> drafted.drafted(letter,
				withoutAi ? VersionSource.DRAFTED_WITHOUT_AI : VersionSource.DRAFTED, usage, clock.instant()));
		streams.drafted(job.letterId(), views.of(store.find(job.tenantId(), job.letterId()).orElseThrow()));
	}

	private void fail(Job job, KatibException problem, Usage used) {
		Map<String, Object> detail = ProblemJson.of(problem);
		try {
			lifecycle.change(job.tenantId(), job.letterId(), letter -> letter.draftingFailed(problem, clock.instant()));
		}
		finally {
			// no letter came: the room goes back (the usage ledger still records every call made)
			quotas.release(job.reservation());
			streams.failed(job.letterId(), detail);
		}
		log.info("Drafting letter {} of tenant {} failed: {}", job.letterId(), job.tenantId(), problem.type().slug());
	}

	/** The outcome of one call: the letter when it follows the rules, otherwise what is wrong. */
	private record Attempt(@Nullable StructuredLetter letter, @Nullable ModelResult<JsonNode> result,
			@Nullable List<Violation> violations, @Nullable String answer) {
	}

	/** The tokens of every call of one draft. */
	private static final class Usage {

		private final List<ModelResult<?>> results = new ArrayList<>();

		void add(ModelResult<?> result) {
			results.add(result);
		}

		int input() {
			return (int) results.stream().mapToLong(result -> result.usage().input()).sum();
		}

		int output() {
			return (int) results.stream().mapToLong(result -> result.usage().output()).sum();
		}

		long tokens() {
			return results.stream().mapToLong(result -> result.usage().total()).sum();
		}
	}
}
