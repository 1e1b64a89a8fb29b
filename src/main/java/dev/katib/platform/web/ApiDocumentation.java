package dev.katib.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The heading of the OpenAPI document generated from the controllers, and how a caller proves who it is.
 * Every operation needs a bearer token unless it says otherwise ({@code @SecurityRequirements()} with
 * nothing in it, as sign-in does); {@link ApiOperations} and {@link ApiProblemResponses} fill in the rest.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String ACCESS_TOKEN = "accessToken";

	static final String API_KEY = "apiKey";

	@Bean
	OpenAPI katibOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI().info(new Info().title("Katib API")
			.version(properties == null ? "development" : properties.getVersion())
			.description("Formal correspondence in Arabic and English: drafting, review, signature, archive "
					+ "and delivery. Errors are RFC 9457 problem details whose type is a stable URN "
					+ "(urn:katib:problem:...).")
			.license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
			.servers(List.of(new Server().url("/").description("The Katib installation serving this document")))
			.components(new Components()
				.addSecuritySchemes(ACCESS_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("A short-lived access token from POST /api/v1/auth/token (or /auth/refresh), "
							+ "sent as Authorization: Bearer <token>."))
				.addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("katib_...")
					.description("An API key (katib_ followed by 43 characters) created by an owner or "
							+ "administrator, sent as Authorization: Bearer <key>. It acts with its scopes.")))
			.security(List.of(new SecurityRequirement().addList(ACCESS_TOKEN), new SecurityRequirement().addList(API_KEY)));
	}
}
