package dev.katib.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings of the tests that start one module with what it depends on ({@code @ApplicationModuleTest}): the test
 * database of the suite, and no republishing of the events the whole application left outstanding there, which
 * are the whole application's to finish.
 */
public final class ModuleSlices {

	private ModuleSlices() {
	}

	public static void properties(DynamicPropertyRegistry registry) {
		IntegrationTest.database(registry);
		registry.add("spring.modulith.events.republish-outstanding-events-on-restart", () -> "false");
	}
}
