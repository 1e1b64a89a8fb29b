package dev.katib.archive.register;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.katib.archive.FileKind;
import dev.katib.archive.StoredFile;
import dev.katib.archive.storage.StorageUnavailableException;
import dev.katib.support.FakeGoogle;

/** Appending register rows against WireMock playing the Sheets API. */
class RegisterSheetTests {

	private static final String SPREADSHEET = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
	private static final String APPEND = "/v4/spreadsheets/" + SPREADSHEET + "/values/'Register%201448'!A:A:append";

	private final FakeGoogle google = new FakeGoogle();
	private final RegisterSheet sheet = new RegisterSheet(google.serviceAccountKey(), google.rootUrl());

	@AfterEach
	void stop() {
		google.close();
	}

	@Test
	void appendsTheLetterAsRawValuesSoFormulasStayText() {
		google.server().stubFor(post(urlPathEqualTo(APPEND)).willReturn(okJson("{}")));
		StoredFile letter = new StoredFile(UUID.randomUUID(), UUID.randomUUID(), FileKind.LETTER, "l.pdf",
				"application/pdf", 10, "ab".repeat(32), "filesystem", Instant.parse("2026-11-22T08:00:00Z"), null,
				"letter", "1", "=HYPERLINK(\"http://evil\")", LocalDate.of(2026, 11, 22),
				Map.of("number", "OUT/1448/000123", "issuedOn", "1448/05/01", "recipient", "وزارة التعليم"), "ABCD");

		sheet.append(SPREADSHEET, "Register 1448", RegisterService.row(letter));

		google.server().verify(postRequestedFor(urlPathEqualTo(APPEND))
			.withQueryParam("valueInputOption", equalTo("RAW"))
			.withQueryParam("insertDataOption", equalTo("INSERT_ROWS"))
			.withRequestBody(equalToJson("""
					{"values": [["OUT/1448/000123", "1448/05/01", "=HYPERLINK(\\"http://evil\\")", "وزارة التعليم", "",
					  "%s", "ABCD", "2026-11-22T08:00:00Z"]]}""".formatted("ab".repeat(32)), true, false)));
	}

	@Test
	void retriesWhenSheetsAsksToSlowDown() {
		google.server().stubFor(post(urlPathEqualTo(APPEND)).inScenario("quota")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429))
			.willSetStateTo("ok"));
		google.server().stubFor(post(urlPathEqualTo(APPEND)).inScenario("quota")
			.whenScenarioStateIs("ok")
			.willReturn(okJson("{}")));

		sheet.append(SPREADSHEET, "Register 1448", List.of("OUT/1448/000124"));

		google.server().verify(2, postRequestedFor(urlPathEqualTo(APPEND)));
	}

	@Test
	void reportsASheetItCannotWriteToClearly() {
		google.server().stubFor(post(urlPathEqualTo(APPEND)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\"}}")));

		assertThatThrownBy(() -> sheet.append(SPREADSHEET, "Register 1448", List.of("x")))
			.isInstanceOf(StorageUnavailableException.class)
			.hasMessage("The letter could not be added to the register sheet.");
	}
}
