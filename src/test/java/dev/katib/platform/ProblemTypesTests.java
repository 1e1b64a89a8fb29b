package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each problem type is defined once, so it has one status and one title wherever it is raised: a client that
 * handles {@code urn:katib:problem:X} handles it the same everywhere.
 */
class ProblemTypesTests {

	private static final Pattern DEFINITION = Pattern.compile("new ProblemType\\(\\s*\"([a-z0-9-]+)\"");

	@Test
	void everyProblemTypeIsDefinedOnce() throws IOException {
		List<String> slugs = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher definitions = DEFINITION.matcher(Files.readString(file));
				while (definitions.find()) {
					slugs.add(definitions.group(1));
				}
			}
		}
		Map<String, Long> counted = slugs.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

		assertThat(slugs).hasSizeGreaterThan(30);
		assertThat(counted).allSatisfy((slug, times) -> assertThat(times).as(slug).isEqualTo(1));
	}
}
