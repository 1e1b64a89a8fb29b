package dev.katib.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;

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

	/** The modules ({@code letters}, {@code review}, …) whose beans the slice's context holds. */
	public static Set<String> modulesIn(ApplicationContext context) {
		return Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(Objects::nonNull)
			.map(Class::getPackageName)
			.filter(name -> name.startsWith("dev.katib."))
			.map(name -> name.substring("dev.katib.".length()).split("\\.")[0])
			.collect(Collectors.toSet());
	}

	/** The owner the suite's application set up first, as a service call takes them. */
	public static Caller bootstrapOwner(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT m.tenant_id, u.id FROM accounts_user u JOIN accounts_membership m ON m.user_id = u.id
				 WHERE u.email = 'bootstrap-owner@test.katib.dev'""")
			.query((rs, row) -> new Caller(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
					"المالك", Set.of(Role.OWNER), Locale.forLanguageTag("ar"), null))
			.single();
	}
}
