package dev.katib.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one PostgreSQL database: the configured server, or else an embedded one whose data lives in
 * the data folder and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties) throws IOException {
		HikariConfig config = new HikariConfig();
		config.setPoolName("katib");
		config.setMaximumPoolSize(properties.poolSize());
		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
			log.info("Using the PostgreSQL server configured by KATIB_DATABASE_URL");
			return new HikariDataSource(config);
		}
		EmbeddedPostgres postgres = startEmbedded(properties.dataDir().resolve("postgres"));
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		return new EmbeddedDataSource(config, postgres);
	}

	private static EmbeddedPostgres startEmbedded(Path folder) throws IOException {
		Files.createDirectories(folder);
		log.info("No KATIB_DATABASE_URL set: starting the embedded PostgreSQL in {}", folder.toAbsolutePath());
		return EmbeddedPostgres.builder()
			.setDataDirectory(folder)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.start();
	}

	/** A pool over the embedded server that stops the server once the pool is closed. */
	static final class EmbeddedDataSource extends HikariDataSource {

		private final EmbeddedPostgres postgres;

		EmbeddedDataSource(HikariConfig config, EmbeddedPostgres postgres) {
			super(config);
			this.postgres = postgres;
		}

		@Override
		public void close() {
			super.close();
			try {
				postgres.close();
			}
			catch (IOException ex) {
				log.warn("The embedded PostgreSQL did not stop cleanly", ex);
			}
		}
	}

}
