package dev.katib.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The parts every operation of the OpenAPI document shares: the {@code ProblemDetail} schema and the error
 * answers built on it (400 for invalid input, 401 without credentials, 404 for an unknown id in the path, 409
 * for a change that conflicts with the current state, 429 over a rate limit, since every API request is
 * counted), a {@code Location} header on 201, readable unique operation ids, and the module tags. Modules
 * add what only they know, such as 403 for an operation that needs a permission
 * ({@code #/components/responses/Forbidden}).
 */
@Component
class ApiProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String EVENT_STREAM = "text/event-stream";

	private static final Map<String, String[]> ANSWERS = Map.of(
			"400", new String[] { "BadRequest", "The request is not valid: validation-failed names the fields (or malformed-request)." },
			"401", new String[] { "Unauthorized", "No valid access token or API key was sent." },
			"403", new String[] { "Forbidden", "The caller may not do this (its roles or the API key's scopes)." },
			"404", new String[] { "NotFound", "Nothing with this id exists in the caller's organisation." },
			"409", new String[] { "Conflict", "The change conflicts with the current state (for example a letter that is no longer editable, or a name already taken)." },
			"429", new String[] { "TooManyRequests", "Too many requests: wait for the time in Retry-After." });

	@Override
	public void customise(OpenAPI openApi) {
		Components components = Objects.requireNonNullElseGet(openApi.getComponents(), Components::new);
		openApi.setComponents(components);
		ModelConverters.getInstance(true).readAll(ProblemSchema.class).forEach(components::addSchemas);
		ANSWERS.forEach((status, answer) -> components.addResponses(answer[0], problem(answer[1], status)));
		if (openApi.getPaths() == null) {
			return;
		}
		List<Operation> operations = openApi.getPaths().entrySet().stream()
			.flatMap(path -> path.getValue().readOperationsMap().entrySet().stream().map(operation -> {
				document(path.getKey(), operation.getKey(), operation.getValue());
				return operation.getValue();
			}))
			.toList();
		name(operations);
		if (components.getSchemas() != null) {
			components.getSchemas().remove("SseEmitter");
		}
		openApi.setTags(operations.stream()
			.flatMap(operation -> operation.getTags() == null ? java.util.stream.Stream.empty() : operation.getTags().stream())
			.collect(Collectors.toCollection(TreeSet::new)).stream()
			.map(tag -> new Tag().name(tag).description("Operations of the " + tag + " module."))
			.toList());
	}

	private static void document(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = Objects.requireNonNullElseGet(operation.getResponses(), ApiResponses::new);
		operation.setResponses(responses);
		boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
		boolean input = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		add(responses, "400", input);
		add(responses, "401", secured);
		add(responses, "404", path.contains("{"));
		add(responses, "409", secured && changes);
		add(responses, "429", true);
		responses.values().forEach(ApiProblemResponses::describeEventStream);
		ApiResponse created = responses.get("201");
		if (created != null && created.get$ref() == null
				&& (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
			created.addHeaderObject("Location", new Header().description("The address of what was created.")
				.schema(new Schema<String>().type("string").types(new TreeSet<>(List.of("string"))).format("uri-reference")));
		}
	}

	/** Server-sent events are text, not the Java type that sends them ({@code SseEmitter}). */
	private static void describeEventStream(ApiResponse response) {
		MediaType stream = response.getContent() == null ? null : response.getContent().get(EVENT_STREAM);
		if (stream != null && stream.getSchema() != null && stream.getSchema().get$ref() != null
				&& stream.getSchema().get$ref().endsWith("/SseEmitter")) {
			stream.setSchema(new Schema<String>().type("string").types(new TreeSet<>(List.of("string")))
				.description("Server-sent events (event: and data: lines, each event ended by a blank line)."));
		}
	}

	private static void add(ApiResponses responses, String status, boolean applies) {
		if (applies && !responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + ANSWERS.get(status)[0]));
		}
	}

	private static ApiResponse problem(String description, String status) {
		Schema<?> schema = new Schema<>().$ref("#/components/schemas/ProblemDetail");
		ApiResponse response = new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema)));
		if ("429".equals(status)) {
			response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
				.schema(new Schema<Integer>().type("integer").types(new TreeSet<>(List.of("integer")))));
		}
		return response;
	}

	/** The method's name when no other operation has it, else the method's name and its controller's. */
	private static void name(List<Operation> operations) {
		Map<Object, Long> uses = operations.stream()
			.filter(operation -> extension(operation, ApiOperations.METHOD) != null)
			.collect(Collectors.groupingBy(operation -> extension(operation, ApiOperations.METHOD), LinkedHashMap::new,
					Collectors.counting()));
		operations.stream().sorted(Comparator.comparing(Operation::getOperationId, Comparator.nullsLast(String::compareTo)))
			.forEach(operation -> {
				Object method = extension(operation, ApiOperations.METHOD);
				if (method != null) {
					operation.setOperationId(uses.get(method) == 1 ? method.toString()
							: method + Objects.toString(extension(operation, ApiOperations.CONTROLLER), ""));
					operation.getExtensions().remove(ApiOperations.METHOD);
					operation.getExtensions().remove(ApiOperations.CONTROLLER);
					if (operation.getExtensions().isEmpty()) {
						operation.setExtensions(null);
					}
				}
			});
	}

	private static Object extension(Operation operation, String name) {
		return operation.getExtensions() == null ? null : operation.getExtensions().get(name);
	}
}
