package dev.katib.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KatibEnvironmentTests {

	@Test
	void exportsTracesAndWritesJsonLogsOnlyWhenAskedTo() {
		StandardEnvironment environment = environmentWith(Map.of("KATIB_OTLP_ENDPOINT", "http://collector:4318/v1/traces",
				"KATIB_LOG_FORMAT", "ecs"));

		new KatibEnvironment().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
			.isEqualTo("http://collector:4318/v1/traces");
		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

	@Test
	void leavesTheExporterAndPlainLogsAloneWhenUnsetOrBlank() {
		StandardEnvironment environment = environmentWith(Map.of("KATIB_OTLP_ENDPOINT", "  "));

		new KatibEnvironment().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.containsProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isFalse();
		assertThat(environment.containsProperty("logging.structured.format.console")).isFalse();
	}

	private static StandardEnvironment environmentWith(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test-variables", variables));
		return environment;
	}
}
