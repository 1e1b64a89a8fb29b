package dev.katib.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The heading of the OpenAPI document generated from the controllers. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI katibOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI().info(new Info().title("Katib API")
			.version(properties == null ? "development" : properties.getVersion())
			.description("Formal correspondence in Arabic and English: drafting, review, signature, archive "
					+ "and delivery. Errors are RFC 9457 problem details whose type is a stable URN "
					+ "(urn:katib:problem:...).")
			.license(new License().name("Proprietary")));
	}
}
