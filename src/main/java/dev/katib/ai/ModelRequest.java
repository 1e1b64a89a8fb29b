package dev.katib.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;


/**
 * What to ask a model: instructions, fenced data, the user's message, and the shape of the answer.
 *
 * @param task what the call is for, e.g. {@code letters.draft}; offline responders are chosen by it
 * @param systemPrompt the instructions
 * @param data pieces of data the model reads but never obeys, fenced in the prompt
 * @param userMessage what the user asked, in their words
 * @param jsonSchema the JSON schema the answer must satisfy
 * @param outputType the type the answer is read into
 * @param attribution whom the call is made for
 * @param <T> the type of the answer
 */
public record ModelRequest<T>(String task, String systemPrompt, List<DataPart> data, String userMessage,
		String jsonSchema, Class<T> outputType, Attribution attribution) {

	/** The room a structured answer is given in an estimate. */
	static final long ANSWER_TOKENS = 2_000;

	public ModelRequest {
		data = List.copyOf(data);
		if (task.isBlank()) {
			throw new IllegalArgumentException("A model request needs a task");
		}
	}

	/**
	 * Starts a request for an answer of the given type, a record; its strict JSON schema is generated from the
	 * record's components.
	 */
	public static <T> Builder<T> builder(String task, Class<T> outputType) {
		return new Builder<>(task, outputType);
	}

	/**
	 * The tokens a call with this request may take at most, prompt and answer, for a quota reservation: about
	 * three characters a token for Arabic and English text, and room for the answer.
	 */
	public long estimatedTokens() {
		return (promptLength() + jsonSchema.length() + 2) / 3 + ANSWER_TOKENS;
	}

	/** How many characters the prompt holds, for the gateway's size limit. */
	public long promptLength() {
		return systemPrompt.length() + userMessage.length()
				+ data.stream().mapToLong(part -> part.label().length() + part.content().length()).sum();
	}

	/** Builds a {@link ModelRequest}. */
	public static final class Builder<T> {

		private final String task;
		private final Class<T> outputType;
		private final List<DataPart> data = new ArrayList<>();
		private String systemPrompt = "";
		private String userMessage = "";
		private @Nullable String jsonSchema;
		private @Nullable Attribution attribution;

		private Builder(String task, Class<T> outputType) {
			this.task = task;
			this.outputType = outputType;
		}

		public Builder<T> system(String systemPrompt) {
			this.systemPrompt = systemPrompt;
			return this;
		}

		public Builder<T> data(String label, String content) {
			this.data.add(new DataPart(label, content));
			return this;
		}

		public Builder<T> user(String userMessage) {
			this.userMessage = userMessage;
			return this;
		}

		/** Replaces the schema derived from the output type, e.g. to add limits the type cannot say. */
		public Builder<T> schema(String jsonSchema) {
			this.jsonSchema = jsonSchema;
			return this;
		}

		public Builder<T> attribution(Attribution attribution) {
			this.attribution = attribution;
			return this;
		}

		public ModelRequest<T> build() {
			String schema = jsonSchema != null ? jsonSchema : StrictSchemas.of(outputType);
			return new ModelRequest<>(task, systemPrompt, data, userMessage, schema, outputType,
					Objects.requireNonNull(attribution, "A model request needs an attribution"));
		}
	}
}
