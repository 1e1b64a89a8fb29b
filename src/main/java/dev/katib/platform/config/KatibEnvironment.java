package dev.katib.platform.config;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the few {@code KATIB_*} settings whose Spring property must be absent rather than empty
 * when unset: an empty OTLP endpoint would still switch the exporter on, an empty log format would
 * fail start-up.
 */
class KatibEnvironment implements EnvironmentPostProcessor {

	private static final Map<String, String> OPTIONAL = Map.of(
			"KATIB_OTLP_ENDPOINT", "management.opentelemetry.tracing.export.otlp.endpoint",
			"KATIB_LOG_FORMAT", "logging.structured.format.console");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new HashMap<>();
		OPTIONAL.forEach((variable, property) -> {
			String value = environment.getProperty(variable);
			if (value != null && !value.isBlank()) {
				properties.put(property, value.trim());
			}
		});
		if (!properties.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("katib-optional-settings", properties));
		}
	}
}
