package dev.katib.platform.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document generated from the controllers, made to tell the truth: who may call an operation
 * (a bearer access token or an API key, unless the operation is marked public with an empty
 * {@link SecurityRequirements}), a summary on every operation, and the problem details each one answers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String ACCESS_TOKEN = "accessToken";
	static final String API_KEY = "apiKey";
	static final String PROBLEM = "Problem";
	private static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI katibOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI().info(new Info().title("Katib API")
			.version(properties == null ? "development" : properties.getVersion())
			.description("Formal correspondence in Arabic and English: drafting, review, signature, archive "
					+ "and delivery. Errors are RFC 9457 problem details whose type is a stable URN "
					+ "(urn:katib:problem:...).")
			.license(new License().name("Proprietary").identifier("LicenseRef-Katib-Proprietary")))
			.components(new Components()
				.addSecuritySchemes(ACCESS_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("An access token from POST /api/v1/auth/token (15 minutes; renew it with "
							+ "POST /api/v1/auth/refresh)."))
				.addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("katib_…")
					.description("An API key made on the API keys page, sent as a bearer token; it acts with "
							+ "the roles it was given."))
				.addSchemas(PROBLEM, problemSchema()))
			.security(List.of(new SecurityRequirement().addList(ACCESS_TOKEN), new SecurityRequirement().addList(API_KEY)));
	}

	@Bean
	OperationCustomizer katibOperations() {
		return (operation, handler) -> {
			if (operation.getSummary() == null || operation.getSummary().isBlank()) {
				operation.setSummary(summary(handler));
			}
			boolean open = handler.hasMethodAnnotation(SecurityRequirements.class);
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			if (operation.getRequestBody() != null || hasParameters(operation)) {
				problem(responses, "400", "The request is not valid (validation-failed, naming the field).");
			}
			if (!open) {
				problem(responses, "401", "No valid access token or API key.");
				problem(responses, "403", "The caller's roles do not allow this.");
			}
			if (hasPathParameters(operation)) {
				problem(responses, "404", "There is no such object in the caller's organisation.");
			}
			problem(responses, "429", "Too many requests; retry after the time in Retry-After.");
			operation.setResponses(responses);
			return operation;
		};
	}

	/** "limitOrganisation" reads "Limit organisation". */
	static String summary(HandlerMethod handler) {
		String name = handler.getMethod().getName();
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static boolean hasParameters(Operation operation) {
		return operation.getParameters() != null && !operation.getParameters().isEmpty();
	}

	private static boolean hasPathParameters(Operation operation) {
		return hasParameters(operation) && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
	}

	private static void problem(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem detail.")
			.addProperty("type", new StringSchema().example("urn:katib:problem:validation-failed"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("requestId", new StringSchema())
			.addProperty("field", new StringSchema().description("The field at fault, for validation-failed."))
			.required(List.of("type", "title", "status"));
	}
}
