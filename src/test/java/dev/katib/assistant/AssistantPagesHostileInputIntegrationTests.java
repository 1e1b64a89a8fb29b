package dev.katib.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;

/**
 * The chat page's own endpoints (the form posts and the streams its script reads) answer hostile input as the API
 * does: another member's conversation is not found, a malformed id or text is refused, and nothing is stored.
 */
class AssistantPagesHostileInputIntegrationTests extends IntegrationTest {

	private static final String CONVERSATIONS = "/api/v1/assistant/conversations";

	@Test
	void anotherMembersConversationMalformedIdsAndBrokenTextChangeNothing() {
		var organisation = accounts.organisation();
		var owner = accounts.member(organisation, Role.WRITER);
		var intruder = accounts.member(organisation, Role.WRITER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String id = api.post(owner, CONVERSATIONS, Map.of("title", "خاصة"), 201).path("id").asString();
		PageClient page = new PageClient(baseUrl(), accounts, intruder);
		page.get("/assistant?lang=en");

		assertThat(page.post("/assistant/" + id + "/stop", "").statusCode()).isEqualTo(404);
		assertThat(page.post("/assistant/" + id + "/questions", "question=hello").statusCode()).isEqualTo(404);
		assertThat(page.post("/assistant/" + id + "/confirmation", "confirmed=true").statusCode()).isEqualTo(404);
		assertThat(page.post("/assistant/" + id + "/title", "title=mine").statusCode()).isEqualTo(404);
		HttpResponse<String> streamed = page.post("/assistant/" + id + "/questions", "question=hello",
				"text/event-stream");
		assertThat(streamed.statusCode() == 404 || streamed.body().contains("not-found"))
			.as("a stream of another member's conversation ends as not found: %s %s", streamed.statusCode(),
					streamed.body())
			.isTrue();

		assertThat(page.post("/assistant/not-a-conversation/stop", "").statusCode()).isEqualTo(400);
		assertThat(page.post("/assistant/" + UUID.randomUUID() + "/stop", "").statusCode()).isEqualTo(404);
		PageClient own = new PageClient(baseUrl(), accounts, owner);
		own.get("/assistant/" + id + "?lang=en");
		assertThat(own.post("/assistant/" + id + "/questions", "question=a%00b").statusCode()).isEqualTo(400);
		assertThat(own.post("/assistant/" + id + "/questions", "question=%ED%A0%80", "text/event-stream").statusCode())
			.as("an unpaired surrogate").isEqualTo(400);

		assertThat(api.get(owner, CONVERSATIONS + "/" + id + "/messages", 200).size()).isZero();
		assertThat(api.get(owner, CONVERSATIONS, 200).toString()).contains("خاصة").doesNotContain("mine");
	}
}
