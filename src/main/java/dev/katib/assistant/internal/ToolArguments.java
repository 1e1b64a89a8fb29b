package dev.katib.assistant.internal;

import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Reads a tool's arguments, as a model or an MCP client wrote them, into its arguments record: refused unless they
 * are a JSON object that matches the tool's schema and the record's own validation rules.
 */
@Component
class ToolArguments {

	/** The longest arguments text read; a tool's arguments are a few fields or a batch of ten records. */
	static final int MAX_LENGTH = 200_000;

	private static final int MAX_ERRORS = 10;

	private final JsonMapper json;
	private final Validator validator;
	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
	private final Cache<Class<?>, Schema> schemas = Caffeine.newBuilder().maximumSize(64).build();

	ToolArguments(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	<A extends Record> A read(AssistantTool<A> tool, String text) {
		if (text.length() > MAX_LENGTH) {
			throw invalid("The arguments are longer than " + MAX_LENGTH + " characters.", List.of());
		}
		JsonNode node;
		try {
			node = text.isBlank() ? json.createObjectNode() : json.readTree(text);
		}
		catch (JacksonException ex) {
			throw invalid("The arguments are not valid JSON.", List.of());
		}
		if (node == null || !node.isObject()) {
			throw invalid("The arguments are not a JSON object.", List.of());
		}
		Schema schema = schemas.get(tool.arguments(), type -> registry.getSchema(tool.spec().parametersSchema()));
		List<String> errors = schema.validate(node).stream().map(Object::toString).limit(MAX_ERRORS).toList();
		if (!errors.isEmpty()) {
			throw invalid("The arguments do not match the tool's schema.", errors);
		}
		A arguments;
		try {
			arguments = json.treeToValue(node, tool.arguments());
		}
		catch (JacksonException ex) {
			throw invalid("The arguments could not be read: " + ex.getOriginalMessage(), List.of());
		}
		List<String> violations = validator.validate(arguments)
			.stream()
			.map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
			.sorted()
			.limit(MAX_ERRORS)
			.toList();
		if (!violations.isEmpty()) {
			throw invalid("The arguments break the rules of their fields.", violations);
		}
		return arguments;
	}

	private static KatibException invalid(String detail, List<String> errors) {
		return new KatibException(ProblemType.VALIDATION_FAILED, detail,
				errors.isEmpty() ? Map.of() : Map.of("errors", errors));
	}
}
