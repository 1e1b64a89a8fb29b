package dev.katib.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class DatabasePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Enable.class)
		.withPropertyValues("katib.database.data-dir=./data", "katib.database.pool-size=10");

	@Test
	void refusesToStartWithADatabaseUrlThatIsNotPostgres() {
		runner.withPropertyValues("katib.database.url=jdbc:mysql://db/katib")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("KATIB_DATABASE_URL"));
	}

	@Test
	void refusesAPoolTooSmallToServeRequestsAndEvents() {
		runner.withPropertyValues("katib.database.pool-size=1")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("KATIB_DATABASE_POOL_SIZE"));
	}

	@Test
	void acceptsAPostgresUrl() {
		runner.withPropertyValues("katib.database.url=jdbc:postgresql://db:5432/katib")
			.run(context -> assertThat(context.getBean(DatabaseProperties.class).external()).isTrue());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DatabaseProperties.class)
	static class Enable {
	}
}
