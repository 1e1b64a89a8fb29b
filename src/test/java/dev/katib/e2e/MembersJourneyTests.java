package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.TestAccounts;

/**
 * An owner invites a colleague, who joins from their own browser; the owner makes them an
 * administrator, and the colleague sees it on their next page.
 */
class MembersJourneyTests extends BrowserJourney {

	private static final Pattern LINK = Pattern.compile("(https?://\\S+/invitations/accept\\?token=[A-Za-z0-9_-]+)");
	private static final String PASSWORD = "amber falcon reading 2030";

	@Test
	void invitedColleagueJoinsAndSeesARoleChangeOnTheirNextPage() {
		var organisation = accounts.organisation();
		String email = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Page owner = newPage();
		signIn(owner, organisation.owner().email(), TestAccounts.PASSWORD);

		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();
		FirstRunJourneyTests.field(owner, "E-mail").first().fill(email);
		owner.locator("form[action$='/members/invite'] input[value='VIEWER']").check();
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the invitation")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The invitation is sent.");

		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mail outbox")).click();
		Matcher link = LINK.matcher(owner.locator("article.mail").first().innerText());
		assertThat(link.find()).isTrue();

		Page colleague = newPage();
		colleague.navigate(link.group(1).replaceFirst("https?://[^/]+", "") + "&lang=en");
		FirstRunJourneyTests.field(colleague, "Name").fill("Salem Al-Qahtani");
		FirstRunJourneyTests.field(colleague, "New password").fill(PASSWORD);
		colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
		assertThat(colleague.getByRole(AriaRole.STATUS)).hasText("You have joined. Sign in with your password.");
		signIn(colleague, email, PASSWORD);
		assertThat(colleague.locator(".account-name")).hasText("Salem Al-Qahtani");
		assertThat(colleague.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members"))).hasCount(0);

		owner.navigate("/members");
		Locator row = owner.locator("tr[data-email='" + email + "']");
		row.locator("input[value='ADMIN']").check();
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save roles")).click();
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The change is saved.");

		colleague.navigate("/");
		assertThat(colleague.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members"))).hasCount(1);
		screenshot(colleague, "colleague-promoted-en");

		colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(colleague.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
		assertThat(consoleErrors).isEmpty();
		assertThat(failedRequests).isEmpty();
	}

	@Test
	void disabledMemberIsSignedOutOnTheirNextPage() {
		var organisation = accounts.organisation();
		var viewer = accounts.member(organisation, Role.VIEWER);
		Page page = newPage();
		signIn(page, viewer.email(), TestAccounts.PASSWORD);
		assertThat(page.locator(".account-name")).hasCount(1);

		accounts.disable(viewer);

		page.navigate("/profile");
		assertThat(page).hasURL(baseUrl() + "/signin");
	}

	static void signIn(Page page, String email, String password) {
		page.navigate("/signin?lang=en");
		FirstRunJourneyTests.field(page, "E-mail").fill(email);
		FirstRunJourneyTests.field(page, "Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL("**/");
	}
}
