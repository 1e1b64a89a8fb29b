package dev.katib.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

/** The conversations API: each member's own, and a turn that says plainly when there is no model. */
class AssistantApiIntegrationTests extends IntegrationTest {

	private static final String CONVERSATIONS = "/api/v1/assistant/conversations";

	@Test
	void aMemberStartsRenamesAsksAndDeletesTheirConversationWhichNoOtherMemberReaches() {
		TestAccounts.TestOrganisation organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		TestAccounts.Account admin = accounts.member(organisation, Role.ADMIN);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);

		String id = api.post(writer, CONVERSATIONS, Map.of("title", "الدعوات"), 201).path("id").asString();
		JsonNode turn = api.post(writer, CONVERSATIONS + "/" + id + "/questions", Map.of("question", "ما المدارس؟"), 200);
		JsonNode messages = api.get(writer, CONVERSATIONS + "/" + id + "/messages", 200);

		assertThat(turn.path("outcome").asString()).isEqualTo("STOPPED");
		assertThat(turn.path("reason").asString()).isEqualTo("NEEDS_MODEL");
		assertThat(messages.size()).isEqualTo(1);
		assertThat(messages.get(0).path("text").asString()).isEqualTo("ما المدارس؟");
		assertThat(api.get(writer, CONVERSATIONS, 200).get(0).path("title").asString()).isEqualTo("الدعوات");
		assertThat(api.get(admin, CONVERSATIONS, 200).size()).isZero();
		assertThat(api.get(admin, CONVERSATIONS + "/" + id + "/messages", 404).path("type").asString())
			.isEqualTo("urn:katib:problem:not-found");
		client().delete().uri(CONVERSATIONS + "/" + id).header("Authorization", accounts.bearer(writer)).exchange()
			.expectStatus().isNoContent();
		assertThat(api.get(writer, CONVERSATIONS, 200).size()).isZero();
	}
}
