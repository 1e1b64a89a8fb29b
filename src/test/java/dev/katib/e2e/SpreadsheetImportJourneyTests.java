package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.TestAccounts;

/**
 * An owner imports a CSV that Excel saved in Windows-1256 into an Airtable table: the preview shows
 * the Arabic as written before anything is imported, the import's progress is followed to its end,
 * and importing the same file again with a key updates the rows instead of adding them twice.
 */
class SpreadsheetImportJourneyTests extends BrowserJourney {

	static final byte[] SCHOOLS = """
			المدرسة,المدينة,الطلاب
			ثانوية الملك فهد,الدمام,420
			متوسطة الفيصلية,الأحساء,310
			ابتدائية النور,الخبر,abc
			""".replace("\n", "\r\n").getBytes(Charset.forName("windows-1256"));

	@Test
	void previewAWindows1256CsvImportItIntoAirtableAndImportItAgainWithoutDuplicates() {
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Schools base");
		FakeBase.Table table = base.table("Schools", field("المدرسة", "singleLineText"), field("المدينة", "singleLineText"),
				field("الطلاب", "number"));
		var organisation = accounts.organisation();
		Page owner = newPage();
		MembersJourneyTests.signIn(owner, organisation.owner().email(), TestAccounts.PASSWORD);
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Data sources")).click();
		owner.getByLabel("Kind of source").selectOption("AIRTABLE");
		FirstRunJourneyTests.field(owner, "Name").fill("Schools");
		FirstRunJourneyTests.field(owner, "Airtable personal access token").fill(airtable.token(base));
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and connect")).click();
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schools base").setExact(true)).click();
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schools").setExact(true)).click();

		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a spreadsheet")).click();
		owner.getByLabel("CSV or XLSX file").setInputFiles(new FilePayload("schools.csv", "text/csv", SCHOOLS));
		var preview = owner.locator(".upload-preview");
		assertThat(preview).containsText("windows-1256");
		assertThat(preview.locator("table")).containsText("متوسطة الفيصلية");
		// a text column for the file; the table's number field refuses its "abc" when imported
		assertThat(preview).containsText("Every cell fits its column's type.");
		owner.getByLabel("المدرسة").check();
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();

		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("3 of 3 rows: 2 added, 0 updated, 1 refused.");
		assertThat(owner.locator("#import-progress")).containsText("Row 3 after the header: Field \"الطلاب\" needs a value of type Number.");
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the table")).click();
		assertThat(owner.locator("table.records-grid")).containsText("ثانوية الملك فهد");
		assertThat(owner.locator("table.records-grid")).containsText("الأحساء");
		assertThat(table.records()).hasSize(2);

		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a spreadsheet")).click();
		owner.getByLabel("CSV or XLSX file").setInputFiles(new FilePayload("schools.csv", "text/csv", SCHOOLS));
		assertThat(owner.locator(".upload-preview")).containsText("windows-1256");
		owner.getByLabel("المدرسة").check();
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("3 of 3 rows: 0 added, 2 updated, 1 refused.");
		assertThat(table.records()).hasSize(2);
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the table")).click();
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a spreadsheet")).click();
		assertThat(owner.locator(".source-card")).hasCount(2);
		assertThat(owner.locator(".source-card", new Page.LocatorOptions().setHasText("0 added, 2 updated, 1 refused.")))
			.hasCount(1);
		screenshot(owner, "spreadsheet-import");
		assertThat(consoleErrors).isEmpty();
	}
}
