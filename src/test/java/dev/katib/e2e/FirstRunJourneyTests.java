package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.support.ReopenableFirstRun;

/**
 * A new installation: the first visitor creates the organisation and its owner, signs in and out,
 * and the setup page is gone for good.
 */
class FirstRunJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "saffron minaret quietly 2026";

	@Autowired
	ReopenableFirstRun firstRun;

	@Test
	void firstVisitorSetsUpTheOrganisationSignsInAndOut() {
		firstRun.reopen();
		String email = "founder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Page page = newPage();

		page.navigate("/");
		assertThat(page).hasURL(baseUrl() + "/setup");
		page.navigate("/setup?lang=en");
		field(page, "Organisation name in Arabic").fill("دار الكتابة");
		field(page, "Organisation name in English").fill("House of Writing");
		field(page, "Name in Arabic").fill("هدى الحربي");
		field(page, "Name in English").fill("Huda Al-Harbi");
		field(page, "Job title in English").fill("Office Manager");
		field(page, "E-mail").fill(email);
		field(page, "New password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the organisation")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your organisation and its owner are ready. Sign in to continue.");
		screenshot(page, "setup-done-en");
		field(page, "E-mail").fill(email);
		field(page, "Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

		assertThat(page).hasURL(baseUrl() + "/");
		assertThat(page.locator(".account-name")).hasText("Huda Al-Harbi");
		assertThat(consoleErrors).isEmpty();
		assertThat(failedRequests).isEmpty();

		assertThat(page.navigate("/setup").status()).as("the setup page is gone").isEqualTo(404);

		page.navigate("/");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
		page.navigate("/profile");
		assertThat(page).hasURL(baseUrl() + "/signin");
	}

	static com.microsoft.playwright.Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	@Test
	void refusesAWrongPasswordWithOneGenericMessage() {
		var member = accounts.member(accounts.organisation(), dev.katib.accounts.Role.VIEWER);
		Page page = newPage();

		page.navigate("/signin");
		field(page, "البريد الإلكتروني").fill(member.email());
		field(page, "كلمة المرور").fill("definitely not it, sorry");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("البريد الإلكتروني أو كلمة المرور غير صحيحة");
		assertThat(page.locator(".account-name")).hasCount(0);
	}
}
