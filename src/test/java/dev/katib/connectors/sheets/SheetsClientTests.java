package dev.katib.connectors.sheets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.FakeGoogle;

/** The Sheets client against WireMock playing Google's token endpoint and the Sheets API, behind the official client. */
class SheetsClientTests {

	static final String ID = "1AbCsheet";
	static final String VALUES = "/v4/spreadsheets/" + ID + "/values";

	private FakeGoogle fake;
	private WireMockServer google;
	private FakeTime time;
	private SheetsClient client;

	@BeforeEach
	void start() {
		fake = new FakeGoogle();
		google = fake.server();
		time = new FakeTime();
		SheetsSettings settings = new SheetsSettings(fake.rootUrl(), 60, 2, 2, Duration.ofSeconds(60));
		client = new SheetsClients(settings, time).client(fake.serviceAccountKey(), new Pacing(60, time, time));
		google.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID)).willReturn(okJson("""
				{"sheets": [
				  {"properties": {"sheetId": 0, "title": "الموظفون", "index": 0, "gridProperties": {"rowCount": 5, "columnCount": 3}}},
				  {"properties": {"sheetId": 7, "title": "Notes", "index": 1, "gridProperties": {"rowCount": 1000, "columnCount": 26}}}
				]}""")));
	}

	@AfterEach
	void stop() {
		fake.close();
	}

	@Test
	void listsTheSheetsOfASpreadsheetAsTheServiceAccount() {
		assertThat(client.sheets(ID)).containsExactly(new SheetInfo(0, "الموظفون", 0, 5, 3),
				new SheetInfo(7, "Notes", 1, 1000, 26));
		google.verify(getRequestedFor(urlPathEqualTo("/v4/spreadsheets/" + ID)).withHeader("Authorization",
				equalTo("Bearer " + FakeGoogle.ACCESS_TOKEN)));
	}

	@Test
	void readsAWholeSheetPageByPageWithTheFirstRowAsHeader() {
		page("'الموظفون'!1:2", "[[\"الاسم\",\"المدينة\",\"الراتب\"],[\"أحمد\",\"الرياض\",\"5,000\"]]");
		page("'الموظفون'!3:4", "[[],[\"سارة\",\"جدة\"]]");
		page("'الموظفون'!5:5", "[[\"عمر\",\"الدمام\",\"4,500\",\"ملاحظة\"]]");

		SheetTable table = client.read(ID, SheetRange.whole("الموظفون"));

		assertThat(table.header()).containsExactly("الاسم", "المدينة", "الراتب", "");
		assertThat(table.rows()).containsExactly(new SheetTable.Row(2, List.of("أحمد", "الرياض", "5,000", "")),
				new SheetTable.Row(4, List.of("سارة", "جدة", "", "")),
				new SheetTable.Row(5, List.of("عمر", "الدمام", "4,500", "ملاحظة")));
		google.verify(3, getRequestedFor(urlPathEqualTo(VALUES + ":batchGet")));
	}

	@Test
	void readsARangeOfColumnsAndRows() {
		page("'الموظفون'!B2:C3", "[[\"المدينة\",\"الراتب\"],[\"الرياض\",\"5,000\"]]");

		SheetTable table = client.read(ID, SheetRange.parse("'الموظفون'!B2:C3"));

		assertThat(table.header()).containsExactly("المدينة", "الراتب");
		assertThat(table.rows()).containsExactly(new SheetTable.Row(3, List.of("الرياض", "5,000")));
	}

	@Test
	void appendsUpdatesAndClearsInAtomicBatchesWritingTextThatCannotBecomeAFormula() {
		google.stubFor(post(urlPathMatching(VALUES + "/.*:append"))
			.willReturn(okJson("{\"updates\": {\"updatedRange\": \"Notes!A5:B6\"}}")));
		google.stubFor(post(urlPathMatching(VALUES + "/.*:append")).withRequestBody(matchingJsonPath("$.values[0][0]",
				equalTo("c"))).willReturn(okJson("{\"updates\": {\"updatedRange\": \"Notes!A7:D7\"}}")));
		google.stubFor(post(urlPathEqualTo(VALUES + ":batchUpdate")).willReturn(okJson("{}")));
		google.stubFor(post(urlPathEqualTo(VALUES + ":batchClear")).willReturn(okJson("{}")));

		List<Integer> appended = client.append(ID, "Notes", List.of(List.of("=IMPORTXML(\"http://evil.example\")", 1), List.of("b", 2),
				Arrays.asList("c", null, LocalDate.of(2026, 1, 15), true)));
		client.update(ID, List.of(new RowValues("Notes", 2, List.of("x")), new RowValues("Notes", 3, List.of("y")),
				new RowValues("Notes", 9, List.of("z"))));
		client.clear(ID, "Notes", List.of(4, 5));

		assertThat(appended).containsExactly(5, 6, 7);
		google.verify(2, postRequestedFor(urlPathMatching(VALUES + "/.*:append")).withQueryParam("valueInputOption",
				equalTo("RAW")));
		google.verify(postRequestedFor(urlPathMatching(VALUES + "/.*:append"))
			.withRequestBody(matchingJsonPath("$.values[0][0]", equalTo("=IMPORTXML(\"http://evil.example\")"))));
		google.verify(postRequestedFor(urlPathMatching(VALUES + "/.*:append"))
			.withRequestBody(matchingJsonPath("$.values[0][2]", equalTo("2026-01-15"))));
		google.verify(2, postRequestedFor(urlPathEqualTo(VALUES + ":batchUpdate")));
		google.verify(postRequestedFor(urlPathEqualTo(VALUES + ":batchUpdate"))
			.withRequestBody(matchingJsonPath("$.valueInputOption", equalTo("RAW")))
			.withRequestBody(matchingJsonPath("$.data[1].range", equalTo("'Notes'!A3"))));
		google.verify(postRequestedFor(urlPathEqualTo(VALUES + ":batchClear"))
			.withRequestBody(matchingJsonPath("$.ranges[1]", equalTo("'Notes'!5:5"))));
	}

	@Test
	void pacesEveryRequestUnderSixtyAMinute() {
		for (int call = 0; call < 4; call++) {
			client.sheets(ID);
		}

		assertThat(time.elapsedMillis()).isEqualTo(3_000);
		google.verify(4, getRequestedFor(urlPathEqualTo("/v4/spreadsheets/" + ID)));
	}

	private void page(String range, String values) {
		google.stubFor(get(urlPathEqualTo(VALUES + ":batchGet")).withQueryParam("ranges", equalTo(range))
			.willReturn(okJson("{\"valueRanges\": [{\"range\": \"x\", \"values\": " + values + "}]}")));
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String googleStatus,
			String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"code\": " + status + ", \"message\": \"" + message + "\", \"status\": \""
					+ googleStatus + "\"}}");
	}
}
