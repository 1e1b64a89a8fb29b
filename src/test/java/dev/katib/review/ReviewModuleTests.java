package dev.katib.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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
import dev.katib.letters.LetterTransition;
import dev.katib.letters.LetterVerifications;
import dev.katib.letters.Letters;
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
		assertThat(ModuleSlices.modulesIn(context)).contains("review").doesNotContain("paper", "delivery", "connectors");
	}

	@Test
	void anOwnerDraftsSubmitsApprovesAndSignsAlone() {
		Caller owner = ModuleSlices.bootstrapOwner(jdbc);
		UUID letter = letters.draft(owner, LetterRequests.arabicDraft(), null).id();

		transitions.perform(owner, letter, LetterTransition.SUBMIT, null, null);
		TransitionOutcome approved = transitions.perform(owner, letter, LetterTransition.APPROVE, null, null);
		TransitionOutcome signed = transitions.perform(owner, letter, LetterTransition.SIGN, null, null);

		assertThat(approved.status()).isEqualTo("APPROVED");
		assertThat(approved.number()).isNotBlank();
		assertThat(signed.status()).isEqualTo("SIGNED");
		assertThat(letters.letter(owner, letter).status().name()).isEqualTo("SIGNED");
	}
}
