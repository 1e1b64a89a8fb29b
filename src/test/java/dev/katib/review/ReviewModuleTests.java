package dev.katib.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.LetterTransition;
import dev.katib.letters.LetterVerifications;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.letters.VerificationView;
import dev.katib.letters.LetterRequests;
import dev.katib.support.ModuleSlices;

/**
 * Review and signing on their own: the module starts with letters and what letters stand on, without paper,
 * delivery, connectors or the assistant, and an owner takes a letter from draft to signed alone. Without paper no
 * letter is archived, so the verifications letters ask paper for are none.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ReviewModuleTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ModuleSlices.properties(registry);
	}

	@TestConfiguration
	static class NothingArchived {

		@Bean
		LetterVerifications letterVerifications() {
			return new LetterVerifications() {

				@Override
				public Optional<VerificationView> verification(UUID tenantId, UUID letterId) {
					return Optional.empty();
				}

				@Override
				public Map<UUID, VerificationView> verifications(UUID tenantId, Collection<UUID> letterIds) {
					return Map.of();
				}
			};
		}
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Letters letters;

	@Autowired
	Transitions transitions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void startsWithoutPaperDeliveryOrConnectors() {
		assertThat(Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(type -> type != null)
			.map(Class::getPackageName)).noneMatch(name -> name.startsWith("dev.katib.paper")
					|| name.startsWith("dev.katib.delivery") || name.startsWith("dev.katib.connectors"))
			.anyMatch(name -> name.startsWith("dev.katib.review"));
	}

	@Test
	void anOwnerDraftsSubmitsApprovesAndSignsAlone() {
		Caller owner = jdbc.sql("""
				SELECT m.tenant_id, u.id FROM accounts_user u JOIN accounts_membership m ON m.user_id = u.id
				 WHERE u.email = 'bootstrap-owner@test.katib.dev'""")
			.query((rs, row) -> new Caller(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
					"المالك", Set.of(Role.OWNER), Locale.forLanguageTag("ar"), null))
			.single();
		var recipient = new RecipientInput(null, "saada", "مدير إدارة الموارد البشرية", Gender.MALE, "وزارة التعليم");
		UUID letter = letters.draft(owner, new DraftLetter("request", Language.ARABIC, recipient, null,
				LetterRequests.ARABIC_REQUEST, null, null), null).id();

		transitions.perform(owner, letter, LetterTransition.SUBMIT, null, null);
		TransitionOutcome approved = transitions.perform(owner, letter, LetterTransition.APPROVE, null, null);
		TransitionOutcome signed = transitions.perform(owner, letter, LetterTransition.SIGN, null, null);

		assertThat(approved.status()).isEqualTo("APPROVED");
		assertThat(approved.number()).isNotBlank();
		assertThat(signed.status()).isEqualTo("SIGNED");
		assertThat(letters.letter(owner, letter).status().name()).isEqualTo("SIGNED");
	}
}
