package dev.katib.letters;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.ai.DataPart;
import dev.katib.ai.ModelRequest;
import dev.katib.letters.drafting.DraftingRequest;

/**
 * A drafting request carried inside a model request as a data part, so that the offline engine, which sees
 * only the model request, drafts from the same structured inputs a model reads in its prompt.
 */
final class DraftingInputs {

	/** The label of the data part. */
	static final String LABEL = "drafting-request";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DraftingInputs() {
	}

	static String write(DraftingRequest request) {
		return JSON.writeValueAsString(request);
	}

	/** The drafting request a model request carries, if it carries one that can be read. */
	static Optional<DraftingRequest> read(ModelRequest<?> request) {
		return request.data()
			.stream()
			.filter(part -> part.label().equals(LABEL))
			.map(DataPart::content)
			.findFirst()
			.flatMap(DraftingInputs::read);
	}

	static Optional<DraftingRequest> read(String json) {
		try {
			return Optional.ofNullable(JSON.readValue(json, DraftingRequest.class));
		}
		catch (JacksonException unreadable) {
			return Optional.empty();
		}
	}
}
