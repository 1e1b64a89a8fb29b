package dev.katib.ai.internal;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelRequest;

/**
 * Reads a model's answer into the requested type, refusing anything that is not JSON, breaks the
 * request's schema, or breaks the type's own validation rules.
 */
public final class OutputReader {

	private final JsonMapper json;
	private final Validator validator;
	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
	private final Cache<String, Schema> schemas = Caffeine.newBuilder().maximumSize(256).build();

	public OutputReader(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	public <T> T read(String text, ModelRequest<T> request) {
		JsonNode node;
		try {
			node = json.readTree(withoutCodeFence(text));
		}
		catch (JacksonException ex) {
			throw invalid("The answer is not valid JSON.", List.of("not valid JSON: " + ex.getOriginalMessage()));
		}
		if (node == null || !node.isObject()) {
			throw invalid("The answer is not a JSON object.", List.of("not a JSON object"));
		}
		List<String> errors = schema(request.jsonSchema()).validate(node).stream().map(Object::toString).toList();
		if (!errors.isEmpty()) {
			throw invalid("The answer does not match the expected structure.", errors);
		}
		T value;
		try {
			value = json.treeToValue(node, request.outputType());
		}
		catch (JacksonException ex) {
			throw invalid("The answer could not be read.", List.of(ex.getOriginalMessage()));
		}
		List<String> violations = validator.validate(value)
			.stream()
			.map(OutputReader::describe)
			.sorted()
			.toList();
		if (!violations.isEmpty()) {
			throw invalid("The answer breaks the rules of its fields.", violations);
		}
		return value;
	}

	private Schema schema(String text) {
		return schemas.get(text, registry::getSchema);
	}

	/** Some OpenAI-compatible servers wrap JSON in a Markdown code fence despite the schema. */
	private static String withoutCodeFence(String text) {
		String trimmed = text.strip();
		if (trimmed.startsWith("```") && trimmed.endsWith("```") && trimmed.length() > 6) {
			String inner = trimmed.substring(3, trimmed.length() - 3);
			return inner.startsWith("json") ? inner.substring(4) : inner;
		}
		return trimmed;
	}

	private static String describe(ConstraintViolation<?> violation) {
		return violation.getPropertyPath() + ": " + violation.getMessage();
	}

	private static ModelCallException invalid(String detail, List<String> violations) {
		return new ModelCallException(CallOutcome.INVALID_OUTPUT, detail, violations, null);
	}
}
