package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;

/** The new-run form offers, for the letter's number, status and link, the table's fields that can hold each. */
class BatchWriteBackPagesIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void theWriterPicksTheWriteBackFieldsAndTheRunPageShowsThem() {
		SignedRunFixture table = SignedRunFixture.ready(context, accounts.organisation(), 1);
		PageClient page = new PageClient(baseUrl(), accounts, table.organisation().owner());
		String query = "sourceId=" + table.table().sourceId() + "&baseId=local&tableId=" + table.table().tableId();

		String form = page.get("/batches?lang=en&" + query).body();
		assertThat(form).contains("Field for the letter&#39;s number", "Field for the letter&#39;s status",
				"<option value=\"Letter number\" dir=\"auto\">Letter number</option>", "Do not write back");
		assertThat(page.get("/batches/write-back-fields?lang=en&" + query + "&writeBackStatus=Letter+number").body())
			.as("the choices htmx loads when the table changes: text fields, not the e-mail field")
			.contains("id=\"write-back\"", "<option value=\"Letter number\" dir=\"auto\" selected=\"selected\">",
					"School name")
			.doesNotContain("<html", "<option value=\"Email\"");
		assertThat(page.get("/batches/write-back-fields?lang=en&sourceId=" + table.table().sourceId()
				+ "&baseId=local&tableId=tblMissing").body()).contains("Fill in the data source and table");

		HttpResponse<String> created = page.post("/batches", form(query, "writeBackNumber=Letter+number"));
		assertThat(created.statusCode()).isEqualTo(302);
		String run = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(page.get(run + "?lang=en").body()).contains("Field for the letter&#39;s number", "Letter number")
			.doesNotContain("Field for the link to the letter");
	}

	@Test
	void aFieldTheTableLacksIsRefusedOnThePage() {
		SignedRunFixture table = SignedRunFixture.ready(context, accounts.organisation(), 1);
		PageClient page = new PageClient(baseUrl(), accounts, table.organisation().owner());
		String query = "sourceId=" + table.table().sourceId() + "&baseId=local&tableId=" + table.table().tableId();
		page.get("/batches?lang=en&" + query);

		HttpResponse<String> refused = page.post("/batches?lang=en", form(query, "writeBackLink=Website"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Please check the form.", "does not have: Website",
				"<option value=\"Website\" selected");
		assertThat(page.post("/batches?lang=en", form(query, "writeBackLink=Web%00site")).statusCode())
			.as("a NUL character").isEqualTo(400);
		assertThat(page.post("/batches?lang=en", form(query, "writeBackLink=%ED%A0%80")).statusCode())
			.as("an unpaired surrogate").isEqualTo(400);
	}

	@Test
	void aFieldThatCannotHoldItsFactIsRefusedOnThePage() {
		SignedRunFixture table = SignedRunFixture.ready(context, accounts.organisation(), 1);
		PageClient page = new PageClient(baseUrl(), accounts, table.organisation().owner());
		String query = "sourceId=" + table.table().sourceId() + "&baseId=local&tableId=" + table.table().tableId();
		page.get("/batches?lang=en&" + query);

		HttpResponse<String> refused = page.post("/batches?lang=en", form(query, "writeBackStatus=Email"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Please check the form.", "Email is an e-mail field; the status needs a text field.",
				"<option value=\"Email\" selected");
		assertThat(page.post("/batches?lang=en", form(query, "writeBackNumber=Letter+number&writeBackStatus=Letter+number"))
			.body()).contains("Please check the form.", "Letter number is picked more than once.");
	}

	private static String form(String query, String writeBack) {
		return query + "&name=Science+fair&category=request&language=ar&template="
				+ URLEncoder.encode(SignedRunFixture.TEMPLATE, StandardCharsets.UTF_8) + "&" + writeBack;
	}
}
