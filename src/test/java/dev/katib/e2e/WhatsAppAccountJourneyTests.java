package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.katib.support.TestAccounts;

/** An administrator sets the organisation's WhatsApp account on a phone, reads the callback to give Meta, and forgets it. */
class WhatsAppAccountJourneyTests extends BrowserJourney {

	@Test
	void setTheAccountReadTheCallbackAndForgetItAfterConfirming() {
		var organisation = accounts.organisation();
		Page owner = newPage();
		owner.setViewportSize(360, 780);
		MembersJourneyTests.signIn(owner, organisation.owner().email(), TestAccounts.PASSWORD);
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("WhatsApp").setExact(true)).click();

		FirstRunJourneyTests.field(owner, "Phone number ID").fill("106540352242922");
		FirstRunJourneyTests.field(owner, "Access token").fill("EAAGjourneytoken0123456789");
		FirstRunJourneyTests.field(owner, "App secret").fill("journey-app-secret-0123");
		FirstRunJourneyTests.field(owner, "Graph API address (optional)").fill("ftp://files.example.org/v21.0");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(owner.getByRole(AriaRole.ALERT)).containsText("https://");

		FirstRunJourneyTests.field(owner, "Phone number ID").fill("106540352242922");
		FirstRunJourneyTests.field(owner, "Access token").fill("EAAGjourneytoken0123456789");
		FirstRunJourneyTests.field(owner, "App secret").fill("journey-app-secret-0123");
		FirstRunJourneyTests.field(owner, "Graph API address (optional)").fill("");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The WhatsApp account was saved.");
		assertThat(owner.locator("dl.facts")).containsText("/api/v1/delivery/whatsapp/callbacks/");
		assertThat(owner.locator("dl.facts")).containsText("••••6789");
		assertThat(owner.content()).doesNotContain("journey-app-secret-0123");
		Number overflow = (Number) owner.evaluate("document.querySelector('main').scrollWidth - window.innerWidth");
		assertThat(overflow.intValue()).as("the page is wider than the phone").isLessThanOrEqualTo(0);

		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forget the WhatsApp account")).click();
		assertThat(owner.locator("main")).containsText("Letters can no longer be sent by WhatsApp");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, forget it")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The WhatsApp account was forgotten.");
		assertThat(owner.locator("dl.facts")).hasCount(0);
		assertThat(consoleErrors).isEmpty();
	}
}
