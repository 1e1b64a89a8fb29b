package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.TestAccounts;

/**
 * An administrator adds a style rule and a recipient; a writer adds a preference of their own and deletes it,
 * and never sees the administrator's pages.
 */
class WritingKnowledgeJourneyTests extends BrowserJourney {

	@Test
	void anAdminAddsARuleAndARecipientAndAWriterKeepsTheirOwnPreferences() {
		var organisation = accounts.organisation();
		var admin = accounts.member(organisation, Role.ADMIN);
		var writer = accounts.member(organisation, Role.WRITER);

		Page page = newPage();
		MembersJourneyTests.signIn(page, admin.email(), TestAccounts.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Writing knowledge")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Writing knowledge")))
			.isVisible();
		assertThat(page.locator("#categories tr[data-key='congratulation']")).containsText("Congratulation");

		page.locator("#rule-category").selectOption("request");
		page.locator("#rule-text").fill("State the deadline in the first paragraph.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the rule")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The style rule is added.");
		assertThat(page.locator("#rules .rule")).containsText("State the deadline in the first paragraph.");
		assertThat(page.locator("#rules .rule .scope")).hasText("Request");
		screenshot(page, "writing-knowledge-en");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recipients directory")).first().click();
		FirstRunJourneyTests.field(page, "Name").fill("سارة العتيبي");
		page.locator("#honorific").selectOption("doctor");
		page.locator("#gender").selectOption("FEMALE");
		FirstRunJourneyTests.field(page, "Job title").fill("عميدة كلية الآداب");
		FirstRunJourneyTests.field(page, "Organisation").fill("جامعة الملك سعود");
		FirstRunJourneyTests.field(page, "E-mail").fill("sara@example.org");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a recipient")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The recipient is added to the directory.");

		// the search runs as the member types once htmx has loaded; on a busy machine it loads after the page shows
		page.waitForFunction("() => window.htmx !== undefined");
		page.locator("#recipient-query").fill("ساره");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=.*"));
		Locator rows = page.locator("#recipient-results tbody tr");
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("سارة العتيبي");
		assertThat(rows.first()).containsText("Doctor");
		screenshot(page, "recipients-directory-en");

		page.navigate("/admin/writing?lang=ar");
		assertThat(page.locator("h1")).hasText("أسلوب الكتابة");
		screenshot(page, "writing-knowledge-ar");

		Page writing = newPage();
		MembersJourneyTests.signIn(writing, writer.email(), TestAccounts.PASSWORD);
		assertThat(writing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Writing knowledge")))
			.hasCount(0);
		writing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My preferences")).click();
		assertThat(writing.getByText("You have no preferences yet.")).isVisible();
		FirstRunJourneyTests.field(writing, "Preference").fill("Keep it short.");
		writing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a preference")).click();
		assertThat(writing.getByRole(AriaRole.STATUS)).hasText("Your preference is added.");
		Locator preference = writing.locator(".preference");
		assertThat(preference).hasCount(1);
		assertThat(preference.locator("input[name='text']")).hasValue("Keep it short.");
		screenshot(writing, "my-preferences-en");

		List<String> questions = new ArrayList<>();
		writing.onceDialog(dialog -> { questions.add(dialog.message()); dialog.dismiss(); });
		preference.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
		assertThat(preference.locator("input[name='text']")).hasValue("Keep it short.");
		writing.onceDialog(dialog -> { questions.add(dialog.message()); dialog.accept(); });
		preference.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
		assertThat(writing.getByRole(AriaRole.STATUS)).hasText("It is removed.");
		assertThat(questions).hasSize(2)
			.allSatisfy(question -> assertThat(question).startsWith("Delete this preference?"));
		assertThat(writing.locator(".preference")).hasCount(0);

		writing.navigate("/admin/writing");
		assertThat(writing.locator("h1")).not().hasText("Writing knowledge");
		// the refused page above is the one failed request this journey expects
		failedRequests.removeIf(failure -> failure.contains("/admin/writing") && failure.endsWith(" 403"));
		consoleErrors.removeIf(error -> error.contains("status of 403"));
		assertThat(consoleErrors).isEmpty();
		assertThat(failedRequests).isEmpty();
	}
}
