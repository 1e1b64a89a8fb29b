package dev.katib.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.Services;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document passes Redocly's {@code recommended} rules with no error: security on every operation,
 * a summary on each, error responses documented. Redocly CLI is installed from the npm registry into
 * {@code target/redocly} the first time.
 */
class OpenApiLintTests extends IntegrationTest {

	private static final String REDOCLY = "@redocly/cli@2.77.0";
	private static final Path TOOLS = Path.of("target/redocly");

	@Test
	void theApiDocumentHasNoRedoclyErrors() throws Exception {
		String document = client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		Path file = Files.createDirectories(Path.of("target/openapi")).resolve("katib.json");
		Files.writeString(file, document, StandardCharsets.UTF_8);
		Path redocly = redocly();

		Process lint = new ProcessBuilder(redocly.toString(), "lint", file.toString(), "--format=json",
				"--max-problems=1000")
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(lint.waitFor(2, TimeUnit.MINUTES)).isTrue();
		JsonNode report = JsonMapper.builder().build().readTree(output.substring(output.indexOf('{')));

		List<String> errors = report.path("problems").valueStream()
			.filter(problem -> "error".equals(problem.path("severity").asString()))
			.map(problem -> problem.path("ruleId").asString() + ": " + problem.path("message").asString() + " at "
					+ problem.path("location").path(0).path("pointer").asString())
			.toList();
		assertThat(errors).isEmpty();
		assertThat(report.path("totals").path("errors").asInt()).isZero();
	}

	private static Path redocly() throws IOException, InterruptedException {
		Path binary = TOOLS.resolve("node_modules/.bin/redocly");
		if (Files.isExecutable(binary)) {
			return binary;
		}
		if (!onPath("npm")) {
			if (Services.required()) {
				throw new IllegalStateException("npm is not installed and KATIB_REQUIRE_SERVICES=true");
			}
			Assumptions.abort("npm is not installed: the OpenAPI document is not linted");
		}
		Files.createDirectories(TOOLS);
		Process install = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix",
				TOOLS.toString(), REDOCLY)
			.redirectErrorStream(true)
			.start();
		String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(install.waitFor(5, TimeUnit.MINUTES)).as("npm install " + REDOCLY).isTrue();
		assertThat(install.exitValue()).as("npm install " + REDOCLY + ": " + log).isZero();
		return binary;
	}

	private static boolean onPath(String command) {
		try {
			return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}
}
