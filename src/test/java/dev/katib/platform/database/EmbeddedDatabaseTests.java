package dev.katib.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsDataInTheDataFolderAcrossRestarts() throws Exception {
		DatabaseProperties properties = new DatabaseProperties(dataDir, "", null, null, 2);

		try (HikariDataSource first = new DatabaseConfiguration().dataSource(properties)) {
			JdbcTemplate jdbc = new JdbcTemplate(first);
			jdbc.execute("CREATE TABLE kept (word TEXT)");
			jdbc.update("INSERT INTO kept VALUES (?)", "كاتب");
		}

		try (HikariDataSource second = new DatabaseConfiguration().dataSource(properties)) {
			assertThat(new JdbcTemplate(second).queryForList("SELECT word FROM kept", String.class))
				.containsExactly("كاتب");
		}
		assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
	}
}
