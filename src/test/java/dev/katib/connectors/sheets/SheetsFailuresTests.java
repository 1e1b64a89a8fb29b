package dev.katib.connectors.sheets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.FakeGoogle;

/** Each way a Sheets call fails, as the organisation reads it, and the 429s it waits out instead. */
class SheetsFailuresTests {

	private static final String ID = SheetsClientTests.ID;
	private static final String SPREADSHEET = "/v4/spreadsheets/" + ID;
	private static final String EMAIL = "katib@katib-test.iam.gserviceaccount.com";

	private FakeGoogle fake;
	private WireMockServer google;
	private FakeTime time;
	private SheetsClients clients;
	private String key;

	@BeforeEach
	void start() {
		fake = new FakeGoogle();
		key = fake.serviceAccountKey();
		google = fake.server();
		time = new FakeTime();
		clients = new SheetsClients(new SheetsSettings(fake.rootUrl(), 60, 100, 100, Duration.ofSeconds(20)), time);
	}

	@AfterEach
	void stop() {
		fake.close();
	}

	@Test
	void waitsAsLongAsRetryAfterSaysThenSucceeds() {
		twice(aResponse().withStatus(429).withHeader("Retry-After", "7"), okJson("{\"sheets\": []}"));

		assertThat(client().sheets(ID)).isEmpty();
		assertThat(time.sleptMillis).containsExactly(7_000L);
		google.verify(2, getRequestedFor(urlPathEqualTo(SPREADSHEET)));
	}

	@Test
	void backsOffExponentiallyWhenGoogleNamesNoWait() {
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)).willSetStateTo("still busy"));
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).inScenario("busy").whenScenarioStateIs("still busy")
			.willReturn(aResponse().withStatus(429)).willSetStateTo("free"));
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).inScenario("busy").whenScenarioStateIs("free")
			.willReturn(okJson("{\"sheets\": []}")));

		assertThat(client().sheets(ID)).isEmpty();
		assertThat(time.sleptMillis).hasSize(2);
		assertThat(time.sleptMillis.get(0)).isBetween(1_000L, 1_999L);
		assertThat(time.sleptMillis.get(1)).isBetween(2_000L, 2_999L);
	}

	@Test
	void failsAsRateLimitedOnlyAfterTheLongestWait() {
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "8")));

		assertThatThrownBy(() -> client().sheets(ID)).isInstanceOf(SheetsException.RateLimited.class)
			.hasMessage("Google Sheets kept asking Katib to slow down for 20 s; try again in 8 s.")
			.satisfies(e -> assertThat(((SheetsException) e).retryAfter()).isEqualTo(Duration.ofSeconds(8)));
		assertThat(time.sleptMillis).containsExactly(8_000L, 8_000L);
	}

	@Test
	void namesTheAddressToShareTheSpreadsheetWith() {
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).willReturn(
				SheetsClientTests.error(403, "PERMISSION_DENIED", "The caller does not have permission")));
		google.stubFor(post(urlPathMatching(SPREADSHEET + "/values/.*:append")).willReturn(
				SheetsClientTests.error(403, "PERMISSION_DENIED", "The caller does not have permission")));

		assertThatThrownBy(() -> client().sheets(ID)).isInstanceOf(SheetsException.NotShared.class)
			.hasMessage("Share the spreadsheet with " + EMAIL + " (Share in Google Sheets), then try again.")
			.satisfies(e -> assertThat(((SheetsException.NotShared) e).serviceAccountEmail()).isEqualTo(EMAIL));
		assertThatThrownBy(() -> client().append(ID, "Notes", List.of(List.of("x"))))
			.hasMessage("Share the spreadsheet with " + EMAIL + " as an editor (Share in Google Sheets), then try again.");
	}

	@Test
	void saysWhatIsNotFoundAndWhatGoogleRefused() {
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).willReturn(
				SheetsClientTests.error(404, "NOT_FOUND", "Requested entity was not found.")));
		assertThatThrownBy(() -> client().sheets(ID)).isInstanceOf(SheetsException.NotFound.class)
			.hasMessage("There is no spreadsheet with the id " + ID + ", or it was deleted.");

		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).willReturn(okJson("{\"sheets\": []}")));
		assertThatThrownBy(() -> client().read(ID, SheetRange.whole("Missing"))).isInstanceOf(SheetsException.NotFound.class)
			.hasMessage("The spreadsheet has no sheet named «Missing».");

		google.stubFor(post(urlPathEqualTo(SPREADSHEET + "/values:batchClear")).willReturn(
				SheetsClientTests.error(400, "INVALID_ARGUMENT", "Unable to parse range: 'Gone'!4:4")));
		assertThatThrownBy(() -> client().clear(ID, "Gone", List.of(4))).isInstanceOf(SheetsException.NotFound.class)
			.hasMessage("The spreadsheet has no such sheet or range (Unable to parse range: 'Gone'!4:4).");

		google.stubFor(post(urlPathEqualTo(SPREADSHEET + "/values:batchUpdate")).willReturn(SheetsClientTests
			.error(400, "INVALID_ARGUMENT", "This action would increase the number of cells above the limit of 10000000 cells.")));
		assertThatThrownBy(() -> client().update(ID, List.of(new RowValues("Notes", 2, List.of("x")))))
			.isInstanceOf(SheetsException.InvalidRequest.class)
			.hasMessage("Google Sheets refused the request: This action would increase the number of cells above the limit of 10000000 cells.");
	}

	@Test
	void reportsAKeyGoogleNoLongerAcceptsOrThatIsNoKeyAtAll() {
		google.stubFor(post("/token").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": \"invalid_grant\", \"error_description\": \"Invalid JWT Signature.\"}")));
		assertThatThrownBy(() -> client().sheets(ID)).isInstanceOf(SheetsException.BadCredential.class)
			.hasMessage("Google refused the key of " + EMAIL
					+ " (it may have been deleted or disabled); create a new key and upload it again.");

		assertThatThrownBy(() -> clients.client("{\"type\": \"authorized_user\"}"))
			.isInstanceOf(SheetsException.BadCredential.class)
			.hasMessageStartingWith("This is not a Google service account's JSON key");

		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).willReturn(SheetsClientTests.error(403, "PERMISSION_DENIED",
				"Google Sheets API has not been used in project 42 before or it is disabled.")));
		google.stubFor(post("/token").willReturn(okJson("{\"access_token\": \"t\", \"expires_in\": 3600}")));
		assertThatThrownBy(() -> client().sheets(ID)).isInstanceOf(SheetsException.BadCredential.class)
			.hasMessageContaining("is not enabled for the project of " + EMAIL);
	}

	@Test
	void retriesGoogleSideFailuresFiveTimesThenSaysItIsUnavailable() {
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> client().sheets(ID)).isInstanceOf(SheetsException.Unavailable.class)
			.hasMessage("Google Sheets kept failing (HTTP 503); try again later.");
		google.verify(6, getRequestedFor(urlPathEqualTo(SPREADSHEET)));
	}

	@Test
	void saysGoogleCannotBeReachedWhenNothingAnswers() {
		SheetsClients unreachable = new SheetsClients(new SheetsSettings("http://127.0.0.1:1/", 60, 100, 100, Duration.ZERO),
				time);
		assertThatThrownBy(() -> unreachable.client(key, new Pacing(60, time, time)).sheets(ID))
			.isInstanceOf(SheetsException.Unavailable.class)
			.hasMessage("Google Sheets could not be reached; try again later.");
		assertThat(time.sleptMillis).containsExactly(500L, 1_000L, 2_000L);
	}

	private SheetsClient client() {
		return clients.client(key, new Pacing(60, time, time));
	}

	private void twice(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).inScenario("once").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(first).willSetStateTo("answered"));
		google.stubFor(get(urlPathEqualTo(SPREADSHEET)).inScenario("once").whenScenarioStateIs("answered")
			.willReturn(then));
	}
}
