package dev.katib.review;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** The organisation's letter settings name only what exists. */
class LetterSettingsIntegrationTests extends IntegrationTest {

	@Test
	void aCategoryTheOrganisationDoesNotHaveIsRefusedNamingTheField() {
		TestOrganisation organisation = accounts.organisation();

		put(organisation, List.of("request", "no-such-category")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:katib:problem:validation-failed")
			.jsonPath("$.field").isEqualTo("reviewOptionalFor")
			.jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat(detail.toString())
				.contains("no-such-category"));

		put(organisation, List.of("congratulation")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reviewOptionalFor[0]").isEqualTo("congratulation");
	}

	private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec put(TestOrganisation organisation,
			List<String> reviewOptional) {
		return client().put()
			.uri("/api/v1/letter-settings")
			.header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reviewOptionalFor", reviewOptional, "writersApproveOwn", false, "numberingAt", "APPROVAL",
					"numberPrefix", "OUT", "numberCalendar", "HIJRI", "numberWidth", 6, "signRequiresPassword", false))
			.exchange();
	}
}
