package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class AuditLogJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationEventPublisher events;

	record Happened(AuditRecord audit) implements AuditableEvent {
	}

	@Test
	void anOwnerFiltersVerifiesAndDownloadsTheAuditLog() throws Exception {
		TestOrganisation org = accounts.organisation();
		happened(org, "=cmd|' /C calc'!A0", "letters.drafted", Outcome.SUCCESS);
		happened(org, "سارة", "accounts.sign-in", Outcome.FAILURE);
		Page page = signedIn(org.owner());

		page.navigate("/admin/audit?lang=en");
		assertThat(page.locator("h1")).hasText("Audit log");
		assertThat(page.locator("table.audit-log")).containsText("=cmd|' /C calc'!A0");
		screenshot(page, "audit-log-en");

		page.selectOption("#audit-outcome", "FAILURE");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page.locator("table.audit-log tbody tr")).hasCount(1);
		assertThat(page.locator("table.audit-log tbody")).containsText("سارة");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*outcome=FAILURE.*"));

		page.getByText("Verify the log").click();
		assertThat(page.locator("#audit-verification")).containsText("The log is intact");

		Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
		String csv = Files.readString(download.path());
		assertThat(csv).contains("سارة").doesNotContain("letters.drafted");

		assertThat(consoleErrors).isEmpty();
		assertThat(failedRequests).isEmpty();
	}

	@Test
	void showsTheLogInArabicRightToLeft() {
		TestOrganisation org = accounts.organisation();
		happened(org, "مدير", "accounts.roles-changed", Outcome.SUCCESS);
		Page page = signedIn(org.owner());

		page.navigate("/admin/audit?lang=ar");

		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("h1")).hasText("سجل التدقيق");
		assertThat(page.locator("table.audit-log")).containsText("نجح");
		screenshot(page, "audit-log-ar");
	}

	@Test
	void membersWhoAreNeitherOwnerNorAdminCannotOpenTheLog() {
		TestOrganisation org = accounts.organisation();
		Page page = signedIn(accounts.member(org, dev.katib.accounts.Role.WRITER));

		var response = page.navigate("/admin/audit?lang=en");

		assertThat(response.status()).isEqualTo(403);
		failedRequests.clear();
	}

	private Page signedIn(Account account) {
		String session = accounts.sessionCookie(baseUrl(), account);
		Page page = newPage();
		String[] nameValue = session.split("=", 2);
		page.context().addCookies(List.of(new Cookie(nameValue[0], nameValue[1]).setUrl(baseUrl())));
		return page;
	}

	private void happened(TestOrganisation org, String actor, String action, Outcome outcome) {
		events.publishEvent(new Happened(new AuditRecord(org.tenantId(), null, actor, action, "letter", null, outcome,
				"203.0.113.9", clock.instant(), Map.of())));
	}
}
