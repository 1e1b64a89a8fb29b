package dev.katib.letters.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import dev.katib.ai.Attribution;
import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelGateway;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.ModelResult;
import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.Revision;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.letters.prompt.Prompt;
import dev.katib.letters.prompt.RepairPrompt;
import dev.katib.letters.validation.Expectations;
import dev.katib.letters.validation.LetterValidator;

/**
 * Asks the model to revise a letter by one instruction and checks the answer like a draft; an answer that breaks
 * the rules gets one repair attempt quoting every violation, and is refused if it still breaks them.
 */
@Component
class Revising {

	static final String TASK = "letters.edit";

	private final ModelGateway models;

	Revising(ModelGateway models) {
		this.models = models;
	}

	/** Whether only the offline engine answers, which cannot follow an instruction. */
	boolean offline() {
		return models.offline();
	}

	/** What came of asking. */
	sealed interface Outcome {

		/** Tokens the model calls used, whatever came of them. */
		long tokens();
	}

	/** A valid revision. */
	record Revised(Revision revision, @Nullable String suggestedPreference, String model, int inputTokens,
			int outputTokens) implements Outcome {

		@Override
		public long tokens() {
			return (long) inputTokens + outputTokens;
		}
	}

	/** Still invalid after the repair attempt. */
	record Refused(List<String> violations, long tokens) implements Outcome {
	}

	/** Only the offline engine is configured, which cannot follow an instruction. */
	record NeedsProvider(long tokens) implements Outcome {
	}

	Outcome revise(Prompt prompt, List<String> earlierInstructions, StructuredLetter current,
			Expectations expected, Attribution attribution, Consumer<String> chunks) {
		long input = 0;
		long output = 0;
		String model = "";
		List<String> violations = List.of();
		@Nullable String previousAnswer = null;
		for (int attempt = 1; attempt <= 2; attempt++) {
			ModelRequest<JsonNode> request = request(prompt, earlierInstructions, attribution, violations,
					previousAnswer);
			ModelResult<JsonNode> result;
			try {
				result = models.stream(request, chunks);
			}
			catch (ModelCallException ex) {
				if (ex.outcome() == CallOutcome.NEEDS_PROVIDER) {
					return new NeedsProvider(input + output);
				}
				if (ex.outcome() != CallOutcome.INVALID_OUTPUT) {
					throw ex;
				}
				violations = ex.violations().isEmpty() ? List.of("reply: " + ex.getMessage()) : ex.violations();
				previousAnswer = null;
				continue;
			}
			if (result.draftedWithoutAi()) {
				return new NeedsProvider(input + output);
			}
			input += result.usage().input();
			output += result.usage().output();
			model = result.model();
			var verdict = checked(result.json(), current, expected);
			if (verdict instanceof Verdict.Accepted<Revision>(Revision revision)) {
				return new Revised(revision, suggestedPreference(result.output()), model, (int) input, (int) output);
			}
			violations = verdict.violations().stream().map(Violation::quote).toList();
			previousAnswer = result.json();
		}
		return new Refused(violations, input + output);
	}

	private static Verdict<Revision> checked(String json, StructuredLetter current, Expectations expected) {
		Verdict<Revision> read = LetterJson.readRevision(json, current.language(), current.basmala());
		if (read instanceof Verdict.Accepted<Revision>(Revision revision)) {
			List<Violation> violations = LetterValidator.violations(revision.letter(), expected);
			return violations.isEmpty() ? read : new Verdict.Rejected<>(violations);
		}
		return read;
	}

	private static ModelRequest<JsonNode> request(Prompt prompt, List<String> earlierInstructions,
			Attribution attribution, List<String> violations, @Nullable String previousAnswer) {
		var request = ModelRequest.builder(TASK, JsonNode.class)
			.system(prompt.system() + ChatSchema.SUGGESTION_RULE)
			.schema(ChatSchema.SCHEMA)
			.attribution(attribution);
		if (!earlierInstructions.isEmpty()) {
			request.data("earlier-instructions", String.join("\n", earlierInstructions));
		}
		if (violations.isEmpty()) {
			return request.user(prompt.user()).build();
		}
		if (previousAnswer != null) {
			request.data("previous-answer", previousAnswer);
		}
		List<Violation> quoted = new ArrayList<>();
		violations.forEach(violation -> quoted.add(new Violation(Violation.Rule.MALFORMED, "answer", violation)));
		return request.user(prompt.user() + "\n\n" + RepairPrompt.message(quoted)).build();
	}

	private static @Nullable String suggestedPreference(JsonNode answer) {
		JsonNode suggested = answer.path("suggestedPreference");
		if (!suggested.isString() || suggested.stringValue().isBlank()) {
			return null;
		}
		String text = suggested.stringValue().strip().replaceAll("\\s+", " ");
		return text.length() > 300 ? text.substring(0, 300) : text;
	}
}
