package dev.katib.letters.asking;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelGateway;
import dev.katib.ai.ModelResult;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;

/**
 * Asks the model for a structured answer, checks it, and when it breaks any rule asks once more, quoting every
 * broken rule: the one way drafting and the chat ask a model. The answer is read into its record by the gateway,
 * against the schema generated from the record; what cannot be read counts as broken rules too.
 */
@Component
public class CheckedAnswers {

	private final ModelGateway gateway;

	CheckedAnswers(ModelGateway gateway) {
		this.gateway = gateway;
	}

	/** Whether answers come from the offline engine, at once and with no tokens. */
	public boolean offline() {
		return gateway.offline();
	}

	/** The tokens asking this question may take at most: the question, its answer, and one repair of both. */
	public long estimatedTokens(Question<?, ?> question) {
		return 2 * question.request(List.of(), null).estimatedTokens();
	}

	/**
	 * Asks the question, streaming each answer's JSON to {@code chunks}; {@code repairing} is told why the first
	 * answer is asked again.
	 *
	 * @param needsModel whether only a language model can answer it; the offline engine's answer is then
	 *        {@link Outcome.NeedsModel}
	 * @throws ModelCallException when the model cannot be asked, times out, or refuses
	 */
	public <A, T> Outcome<T> ask(Question<A, T> question, boolean needsModel, Consumer<String> chunks,
			Consumer<Violation> repairing) {
		Tokens tokens = Tokens.NONE;
		List<Violation> broken = List.of();
		@Nullable String previousAnswer = null;
		for (int attempt = 1; attempt <= 2; attempt++) {
			if (attempt == 2) {
				repairing.accept(broken.getFirst());
			}
			ModelResult<A> result;
			try {
				result = gateway.stream(question.request(broken, previousAnswer), chunks);
			}
			catch (ModelCallException ex) {
				if (ex.outcome() == CallOutcome.NEEDS_PROVIDER) {
					return new Outcome.NeedsModel<>(tokens);
				}
				if (ex.outcome() != CallOutcome.INVALID_OUTPUT) {
					throw ex;
				}
				broken = unreadable(ex);
				previousAnswer = null;
				continue;
			}
			if (needsModel && result.draftedWithoutAi()) {
				return new Outcome.NeedsModel<>(tokens);
			}
			tokens = tokens.and(result);
			switch (question.check().apply(result.output())) {
				case Verdict.Accepted<T>(T value) -> {
					return new Outcome.Answered<>(value, tokens);
				}
				case Verdict.Rejected<T>(List<Violation> violations) -> {
					broken = violations;
					previousAnswer = result.json();
				}
			}
		}
		return new Outcome.Refused<>(broken, tokens);
	}

	private static List<Violation> unreadable(ModelCallException ex) {
		if (ex.violations().isEmpty()) {
			return List.of(new Violation(Violation.Rule.MALFORMED, "reply", ex.getMessage()));
		}
		return ex.violations().stream().map(text -> new Violation(Violation.Rule.MALFORMED, "reply", text)).toList();
	}

	/** What came of asking. */
	public sealed interface Outcome<T> {

		/** The tokens every call of the question took, whatever came of them. */
		Tokens tokens();

		/** An answer that follows the rules. */
		record Answered<T>(T value, Tokens tokens) implements Outcome<T> {
		}

		/** Still breaking the rules after the repair; the violations are those of the last answer. */
		record Refused<T>(List<Violation> violations, Tokens tokens) implements Outcome<T> {
		}

		/** Only the offline engine answers here, and it cannot answer this. */
		record NeedsModel<T>(Tokens tokens) implements Outcome<T> {
		}
	}

	/**
	 * The tokens of a question's calls.
	 *
	 * @param model the model that answered last; null when none did
	 * @param input tokens sent
	 * @param output tokens received
	 * @param withoutModel whether the offline engine answered, which the writer is shown
	 */
	public record Tokens(@Nullable String model, int input, int output, boolean withoutModel) {

		static final Tokens NONE = new Tokens(null, 0, 0, false);

		public long total() {
			return (long) input + output;
		}

		Tokens and(ModelResult<?> result) {
			return new Tokens(result.model(), input + (int) result.usage().input(), output + (int) result.usage().output(),
					result.draftedWithoutAi());
		}
	}
}
