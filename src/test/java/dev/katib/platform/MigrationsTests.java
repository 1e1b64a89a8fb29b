package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every module keeps its migrations in its own folder, and Flyway reads them all as one history:
 * two modules must never pick the same version.
 */
class MigrationsTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@Test
	void everyMigrationHasAVersionNoOtherModuleUses() throws IOException {
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			List<String> versions = files.filter(Files::isRegularFile)
				.map(f -> f.getFileName().toString())
				.filter(name -> name.startsWith("V"))
				.map(name -> name.substring(1, name.indexOf("__")))
				.toList();
			assertThat(versions.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
				.allSatisfy((version, count) -> assertThat(count).as("migrations with version " + version).isEqualTo(1));
		}
	}

	@Test
	void everyMigrationLivesInTheFolderOfAModule() throws IOException {
		try (Stream<Path> files = Files.walk(MIGRATIONS, 1)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}
}
