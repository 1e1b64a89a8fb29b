package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.support.IntegrationTest;
import dev.katib.support.Services;

/**
 * The OpenAPI document passes Redocly's {@code recommended} rules without an error. Redocly CLI is installed
 * with npm into {@code target/redocly} once, at a pinned version, so a second run needs no network.
 */
class ApiDocumentLintIntegrationTests extends IntegrationTest {

	/** The newest Redocly CLI that still runs on Node 20 (it asks for Node 20.19 or 22.12+). */
	private static final String REDOCLY_VERSION = "2.77.0";

	private static final Path FOLDER = Path.of("target", "redocly");

	@Test
	void theOpenApiDocumentPassesRedoclysRecommendedRulesWithoutAnError() throws Exception {
		byte[] document = client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody().returnResult().getResponseBody();
		Path file = FOLDER.resolve("api-docs.json");
		Files.createDirectories(FOLDER);
		Files.write(file, document);
		Path cli = installedCli();

		Path report = FOLDER.resolve("lint-report.json");
		Process lint = new ProcessBuilder(cli.toString(), "lint", "--extends=recommended", "--format=json",
				"--max-problems=10000", "--lint-config=off", file.toString())
			.redirectOutput(report.toFile()).redirectError(FOLDER.resolve("lint-stderr.txt").toFile())
			.start();
		assertThat(lint.waitFor(3, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();

		JsonNode result = JsonMapper.builder().build().readTree(Files.readString(report, StandardCharsets.UTF_8));
		List<String> errors = new ArrayList<>();
		Map<String, Integer> warnings = new TreeMap<>();
		for (JsonNode problem : result.path("problems")) {
			String rule = problem.path("ruleId").asString();
			if ("error".equals(problem.path("severity").asString())) {
				errors.add(rule + " at " + problem.path("location").path(0).path("pointer").asString() + ": "
						+ problem.path("message").asString());
			}
			else {
				warnings.merge(rule, 1, Integer::sum);
			}
		}
		System.out.println("Redocly " + REDOCLY_VERSION + " recommended: " + errors.size() + " errors, "
				+ warnings.values().stream().mapToInt(Integer::intValue).sum() + " warnings " + warnings);
		assertThat(result.path("totals").isObject()).as("a Redocly report in %s", report).isTrue();
		assertThat(errors).isEmpty();
	}

	private static Path installedCli() throws IOException, InterruptedException {
		Path cli = FOLDER.resolve("node_modules/.bin/redocly");
		Path installed = FOLDER.resolve("node_modules/@redocly/cli/package.json");
		if (Files.isExecutable(cli) && Files.exists(installed)
				&& Files.readString(installed).contains("\"version\": \"" + REDOCLY_VERSION + "\"")) {
			return cli;
		}
		Process install;
		try {
			install = new ProcessBuilder("npm", "install", "--prefix", FOLDER.toString(), "--no-audit", "--no-fund",
					"--no-save", "@redocly/cli@" + REDOCLY_VERSION)
				.redirectErrorStream(true).redirectOutput(FOLDER.resolve("npm-install.txt").toFile()).start();
		}
		catch (IOException noNpm) {
			Services.requireOrSkipNotice("npm", "the OpenAPI document is not linted with Redocly");
			Assumptions.abort("npm is not installed");
			throw noNpm;
		}
		assertThat(install.waitFor(5, TimeUnit.MINUTES)).as("npm install finished").isTrue();
		assertThat(install.exitValue()).as("npm install @redocly/cli@%s, see %s", REDOCLY_VERSION,
				FOLDER.resolve("npm-install.txt")).isZero();
		return cli;
	}
}
