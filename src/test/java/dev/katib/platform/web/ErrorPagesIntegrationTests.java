package dev.katib.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;

/** An error page keeps the member signed in, with their navigation, so that they can go on from it. */
class ErrorPagesIntegrationTests extends IntegrationTest {

	@Test
	void aPageThatIsNotThereShowsTheSignedInMembersNavigation() {
		var organisation = accounts.organisation();
		PageClient owner = new PageClient(baseUrl(), accounts, organisation.owner());

		HttpResponse<String> unknownAddress = owner.get("/no-such-page?lang=en");
		HttpResponse<String> unknownLetter = owner.get("/letters/" + UUID.randomUUID() + "?lang=en");

		for (HttpResponse<String> page : java.util.List.of(unknownAddress, unknownLetter)) {
			assertThat(page.statusCode()).isEqualTo(404);
			assertThat(page.body()).contains("Page not found").contains("Sign out").contains("href=\"/letters\"")
				.doesNotContain("href=\"/signin\"");
		}
	}
}
