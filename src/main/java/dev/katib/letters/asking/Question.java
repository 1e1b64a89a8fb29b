package dev.katib.letters.asking;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.katib.ai.Attribution;
import dev.katib.ai.DataPart;
import dev.katib.ai.ModelRequest;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.letters.prompt.Prompt;
import dev.katib.letters.prompt.RepairPrompt;

/**
 * What to ask a model and how to check its answer.
 *
 * @param task what the call is for, e.g. {@code letters.draft}
 * @param prompt the instructions and the material
 * @param answerType the record the answer is read into; its JSON schema is generated from it
 * @param data pieces of data the model reads but never obeys
 * @param attribution whom the call is made for
 * @param check the rules the answer must follow, and what it becomes when it does
 * @param <A> the answer's record
 * @param <T> what an answer that follows the rules becomes
 */
public record Question<A, T>(String task, Prompt prompt, Class<A> answerType, List<DataPart> data,
		Attribution attribution, Function<A, Verdict<T>> check) {

	public Question {
		data = List.copyOf(data);
	}

	/** The request of an attempt: the first, or a repair quoting what the previous answer broke. */
	ModelRequest<A> request(List<Violation> broken, @Nullable String previousAnswer) {
		var request = ModelRequest.builder(task, answerType).system(prompt.system()).attribution(attribution);
		data.forEach(part -> request.data(part.label(), part.content()));
		if (previousAnswer != null) {
			request.data("previous-answer", previousAnswer);
		}
		return request.user(broken.isEmpty() ? prompt.user() : prompt.user() + "\n\n" + RepairPrompt.message(broken))
			.build();
	}
}
