package dev.katib.archive.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.FakeGoogle;

/** The Drive backend against WireMock playing Google's token endpoint and the Drive API. */
class DriveStorageTests {

	private static final String TENANT = "0196f6b2-7f00-7000-8000-000000000001";

	private FakeGoogle fake;
	private WireMockServer google;
	private DriveStorage storage;

	@BeforeEach
	void start() {
		fake = new FakeGoogle();
		google = fake.server();
		google.stubFor(get(urlPathEqualTo("/drive/v3/files")).willReturn(okJson("{\"files\":[]}")));
		google.stubFor(post(urlPathEqualTo("/drive/v3/files")).willReturn(okJson("{\"id\":\"folder-of-tenant\"}")));
		storage = StorageConfiguration.driveStorage(new StorageProperties.Drive(null, "rootFolder123", fake.rootUrl()),
				fake.serviceAccountKey());
	}

	@AfterEach
	void stop() {
		fake.close();
	}

	@Test
	void uploadsIntoTheOrganisationsFolderAndReadsBack() {
		google.stubFor(post(urlPathEqualTo("/upload/drive/v3/files")).willReturn(okJson("{\"id\":\"file-1\"}")));
		google.stubFor(get(urlPathEqualTo("/drive/v3/files/file-1")).willReturn(aResponse().withBody("%PDF-1.7 letter")));

		String location = storage.put(TENANT + "/2026/file", "%PDF-1.7 letter".getBytes(), "application/pdf");

		assertThat(location).isEqualTo("file-1");
		assertThat(new String(storage.get(location))).isEqualTo("%PDF-1.7 letter");
		google.verify(getRequestedFor(urlPathEqualTo("/drive/v3/files"))
			.withQueryParam("q", matching(".*name = '" + TENANT + "' and 'rootFolder123' in parents.*")));
		google.verify(postRequestedFor(urlPathEqualTo("/upload/drive/v3/files"))
			.withHeader("Authorization", matching("Bearer " + FakeGoogle.ACCESS_TOKEN))
			.withRequestBody(matching("(?s).*folder-of-tenant.*")));
	}

	@Test
	void neverSharesWhatItStores() {
		google.stubFor(post(urlPathEqualTo("/upload/drive/v3/files")).willReturn(okJson("{\"id\":\"file-2\"}")));

		storage.put(TENANT + "/2026/file", new byte[] { 1, 2, 3 }, "application/pdf");

		google.verify(0, postRequestedFor(urlPathMatching(".*/permissions.*")));
		assertThat(google.getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains("permissions"));
	}

	@Test
	void retriesWhenDriveIsBusyThenSucceeds() {
		google.stubFor(post(urlPathEqualTo("/upload/drive/v3/files")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		google.stubFor(post(urlPathEqualTo("/upload/drive/v3/files")).inScenario("busy")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"id\":\"file-3\"}")));

		assertThat(storage.put(TENANT + "/2026/file", new byte[] { 1 }, "application/pdf")).isEqualTo("file-3");
		google.verify(2, postRequestedFor(urlPathEqualTo("/upload/drive/v3/files")));
	}

	@Test
	void reportsAFailureThatOutlastsTheRetriesClearly() {
		google.stubFor(post(urlPathEqualTo("/upload/drive/v3/files")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":403,\"message\":\"The user does not have sufficient permissions\"}}")));

		assertThatThrownBy(() -> storage.put(TENANT + "/2026/file", new byte[] { 1 }, "application/pdf"))
			.isInstanceOf(StorageUnavailableException.class)
			.hasMessage("The file could not be stored in Google Drive.");
		google.verify(1, postRequestedFor(urlPathEqualTo("/upload/drive/v3/files")));
	}

	@Test
	void neverLeaksTheAccessTokenToOtherHosts() {
		google.stubFor(post(anyUrl()).atPriority(10).willReturn(okJson("{\"id\":\"x\"}")));
		storage.put(TENANT + "/2026/file", new byte[] { 1 }, "application/pdf");

		assertThat(google.getAllServeEvents()).allMatch(e -> e.getRequest().getAbsoluteUrl().startsWith("http://localhost:" + google.port()));
	}
}
