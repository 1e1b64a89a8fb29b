package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.TestAccounts;

/**
 * An owner connects an Airtable base, browses a table, edits and deletes a record and maps the table's
 * columns to letter fields; a writer reads the same grid in Arabic on a phone-sized screen.
 */
class DataSourcesJourneyTests extends BrowserJourney {

	@Test
	void connectBrowseEditDeleteAndMapThenReadTheGridInArabicOnAPhone() {
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Beneficiaries");
		FakeBase.Table cases = base.table("Cases", field("Case", "singleLineText"));
		String housing = cases.add(Map.of("Case", "طلب سكن 17"));
		FakeBase.Table table = base.table("Recipients", field("Name", "singleLineText"), field("Gender", "singleLineText"),
				field("Amount", "currency"), field("Active", "checkbox"), field("Joined", "date"),
				field("Letters", "multipleAttachments"),
				new FakeBase.Field("fldCases" + base.id.substring(3, 9), "Cases", "multipleRecordLinks",
						Map.of("linkedTableId", cases.id)));
		String kept = table.add(Map.of("Name", "هدى العتيبي", "Gender", "أنثى", "Amount", 1250, "Active", true,
				"Joined", "2026-05-01", "Cases", List.of(housing), "Letters", List.of(Map.of("id", "att1",
						"url", "https://files.example.org/l.pdf", "filename", "letter.pdf", "type", "application/pdf",
						"size", 1200))));
		String removed = table.add(Map.of("Name", "Removed soon", "Gender", "male"));
		var organisation = accounts.organisation();
		Page owner = newPage();
		MembersJourneyTests.signIn(owner, organisation.owner().email(), TestAccounts.PASSWORD);

		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Data sources")).click();
		owner.getByLabel("Kind of source").selectOption("AIRTABLE");
		FirstRunJourneyTests.field(owner, "Name").fill("Beneficiaries base");
		FirstRunJourneyTests.field(owner, "Airtable personal access token").fill(airtable.token(base));
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and connect")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).containsText("The source is connected");
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beneficiaries").setExact(true)).click();
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recipients").setExact(true)).click();

		Locator grid = owner.locator("table.records-grid");
		assertThat(grid).containsText("هدى العتيبي");
		assertThat(grid.locator("a", new Locator.LocatorOptions().setHasText("letter.pdf"))).hasAttribute("href",
				"https://files.example.org/l.pdf");
		assertThat(grid.locator("input[type=checkbox][checked]")).hasCount(1);
		assertThat(grid).containsText("2026-05-01");
		assertThat(grid.locator(".chips li", new Locator.LocatorOptions().setHasText("طلب سكن 17"))).hasCount(1);

		owner.locator("tr", new Page.LocatorOptions().setHasText("هدى العتيبي"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
		FirstRunJourneyTests.field(owner, "Amount").fill("two thousand");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(owner.getByRole(AriaRole.ALERT)).containsText("A value is not valid for its field. (Amount)");
		FirstRunJourneyTests.field(owner, "Amount").fill("2000");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The record was saved.");
		assertThat(table.records().getFirst().get("Amount").toString()).isEqualTo("2000");

		owner.locator("tr", new Page.LocatorOptions().setHasText("Removed soon"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delete")).click();
		assertThat(owner.locator("main")).containsText("Delete the record “Removed soon” from table Recipients?");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete it")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The record was deleted.");
		assertThat(table.recordIds()).containsExactly(kept).doesNotContain(removed);

		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Field mapping")).click();
		owner.getByLabel("Recipient's name").selectOption("Name");
		owner.getByLabel("Gender", new Page.GetByLabelOptions().setExact(true)).selectOption("Gender");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		assertThat(owner.locator(".mapping-preview")).containsText("هدى العتيبي");
		assertThat(owner.locator(".mapping-preview")).containsText("Female");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the mapping")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).containsText("The field mapping was saved.");

		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		Page phone = newPage();
		phone.setViewportSize(360, 780);
		MembersJourneyTests.signIn(phone, writer.email(), TestAccounts.PASSWORD);
		phone.navigate(owner.url().replace("/mapping", "") .replaceFirst("https?://[^/]+", "") + "?lang=ar");
		assertThat(phone.locator("html")).hasAttribute("dir", "rtl");
		assertThat(phone.locator("table.records-grid")).containsText("هدى العتيبي");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("القائمة")).click();
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("مصادر البيانات").setExact(true))).isVisible();
		Number overflow = (Number) phone.evaluate("document.querySelector('main').scrollWidth - window.innerWidth");
		assertThat(overflow.intValue()).as("the page is wider than the phone").isLessThanOrEqualTo(0);
		assertThat(consoleErrors).isEmpty();
	}
}
