package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.TestAccounts;

/**
 * An owner on a phone makes an automation from the form: picks a built-in table from the select, fills a DRAFT step
 * and adds a CONDITION step of two conditions with the step editor, removes a spare step after confirming, saves, sees
 * the steps on the automation's page, and finds both conditions again when editing it.
 */
class AutomationFormJourneyTests extends BrowserJourney {

	@Autowired
	DataSources sources;

	@Autowired
	WritingKnowledge knowledge;

	@Test
	void anOwnerMakesAnAutomationWithTheTableSelectAndTheStepEditor() {
		var organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.forLanguageTag("ar"), null);
		var source = sources.connect(owner, new NewSource.BuiltIn("الطلبات"));
		String tableId = sources.createTable(owner, source.id(), "Requests",
				List.of(new NewField("Title", "text"), new NewField("Status", "text"))).id();

		Page page = newPage();
		page.setViewportSize(360, 780);
		MembersJourneyTests.signIn(page, organisation.owner().email(), TestAccounts.PASSWORD);
		page.navigate("/automations/new?lang=ar");
		assertThat(page.locator("#automation-steps")).isHidden();
		assertThat(page.locator("#step-editor fieldset.step")).hasCount(1);
		assertThat(page.locator("#step-0-type option[value=CONDITION]")).hasText("شرط");
		screenshot(page, "automation-form-ar-360");

		page.navigate("/automations/new?lang=en");
		page.locator("#automation-name").fill("Answer each request");
		page.locator("#automation-table")
			.selectOption(source.id() + "|" + TableRef.BUILT_IN_BASE + "|" + tableId);
		page.locator("#step-0-category").fill("request");
		page.locator("#step-0-template").fill("Please answer {{Title}}");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a step")).click();
		page.locator("#step-1-type").selectOption("CONDITION");
		page.locator("#step-1-id").fill("check");
		page.locator("#step-1-c0-field").fill("Status");
		page.locator("#step-1-c0-operator").selectOption("empty");
		page.locator("#step-1-add-condition").click();
		page.locator("#step-1-c1-field").fill("Title");
		page.locator("#step-1-c1-operator").selectOption("contains");
		page.locator("#step-1-c1-value").fill("عاجل");
		page.locator("#step-1-then").fill("end");
		page.locator("#step-1-otherwise").fill("end");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a step")).click();
		assertThat(page.locator("#step-editor fieldset.step")).hasCount(3);
		page.onceDialog(dialog -> dialog.accept());
		page.locator("#step-editor fieldset.step").nth(2)
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Remove this step"))
			.click();
		assertThat(page.locator("#step-editor fieldset.step")).hasCount(2);
		Number overflow = (Number) page.evaluate("document.querySelector('main').scrollWidth - window.innerWidth");
		assertThat(overflow.intValue()).as("the page is wider than the phone").isLessThanOrEqualTo(0);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(page.locator("main h1")).hasText("Answer each request");
		assertThat(page.locator("ol.steps")).containsText("Draft a letter");
		assertThat(page.locator("ol.steps")).containsText("Condition");

		page.navigate(page.url() + "/edit?lang=en");
		assertThat(page.locator("#step-1-c0-field")).hasValue("Status");
		assertThat(page.locator("#step-1-c0-operator")).hasValue("empty");
		assertThat(page.locator("#step-1-c1-field")).hasValue("Title");
		assertThat(page.locator("#step-1-c1-operator")).hasValue("contains");
		assertThat(page.locator("#step-1-c1-value")).hasValue("عاجل");
		assertThat(page.locator("#step-1-otherwise")).hasValue("end");
		assertThat(consoleErrors).isEmpty();
	}
}
