package dev.katib.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.katib.platform.KatibException;
import dev.katib.support.ModuleSlices;

/**
 * Writing knowledge on its own: the module starts with only what it depends on (platform, accounts, archive), and
 * keeps an organisation's categories without letters, review or paper around it. What letters use of the
 * knowledge comes through its {@link LettersInUse} port, which the test answers in place of the letters module.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class KnowledgeModuleTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ModuleSlices.properties(registry);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	CategoryCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LettersWritten letters;

	/** The letters module's answer, as the test sets it: the categories letters were written in. */
	static class LettersWritten implements LettersInUse {

		final Set<String> categories = ConcurrentHashMap.newKeySet();

		@Override
		public Map<String, Long> lettersPerCategory(UUID tenantId) {
			Map<String, Long> counts = new ConcurrentHashMap<>();
			categories.forEach(key -> counts.put(key, 1L));
			return counts;
		}

		@Override
		public boolean categoryUsed(UUID tenantId, String categoryKey) {
			return categories.contains(categoryKey);
		}

		@Override
		public boolean recipientAddressed(UUID tenantId, UUID recipientId) {
			return false;
		}
	}

	@TestConfiguration
	static class LettersPort {

		@Bean
		LettersWritten lettersInUse() {
			return new LettersWritten();
		}
	}

	@Test
	void startsWithoutTheModulesThatUseIt() {
		assertThat(ModuleSlices.modulesIn(context)).contains("knowledge").doesNotContain("letters", "review", "paper");
	}

	@Test
	void anOrganisationsCategoriesAreItsSevenSeedsPlusItsOwnAndAStaleEditIsRefused() {
		UUID organisation = jdbc.sql("SELECT id FROM accounts_organisation ORDER BY created_at LIMIT 1")
			.query(UUID.class)
			.single();
		String key = "notice-" + UUID.randomUUID().toString().substring(0, 8);
		var notice = category(key);

		catalogue.add(organisation, notice);
		long seen = version(organisation, key);
		catalogue.update(organisation, key, notice, seen);

		assertThat(catalogue.list(organisation)).extracting(entry -> entry.category().key())
			.contains("request", "reply", "invitation", key);
		assertThatThrownBy(() -> catalogue.update(organisation, key, notice, seen))
			.isInstanceOfSatisfying(KatibException.class,
					conflict -> assertThat(conflict.type().slug()).isEqualTo("conflict"));
	}

	@Test
	void aCategoryLettersWereWrittenInStaysAndAnUnusedOneGoes() {
		UUID organisation = jdbc.sql("SELECT id FROM accounts_organisation ORDER BY created_at LIMIT 1")
			.query(UUID.class)
			.single();
		String used = "used-" + UUID.randomUUID().toString().substring(0, 8);
		String unused = "unused-" + UUID.randomUUID().toString().substring(0, 8);
		catalogue.add(organisation, category(used));
		catalogue.add(organisation, category(unused));
		letters.categories.add(used);

		catalogue.remove(organisation, unused);

		assertThatThrownBy(() -> catalogue.remove(organisation, used)).isInstanceOfSatisfying(KatibException.class,
				refused -> assertThat(refused.type()).isEqualTo(KnowledgeProblems.CATEGORY_IN_USE));
		assertThat(catalogue.list(organisation)).extracting(entry -> entry.category().key())
			.contains(used)
			.doesNotContain(unused);
	}

	private static CategoryDefinition category(String key) {
		return new CategoryDefinition(key, "إشعار", "Notice", ClosingStyle.FORMAL, "وتقبلوا تحياتنا",
				"Yours faithfully,", true, "إشعار", "Notice");
	}

	private long version(UUID organisation, String key) {
		return catalogue.list(organisation)
			.stream()
			.filter(entry -> entry.category().key().equals(key))
			.findFirst()
			.orElseThrow()
			.version();
	}
}
