package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.TestAccounts;

/** The shared layout on a phone: the navigation folds behind its menu, and no page is wider than the screen. */
class NarrowLayoutJourneyTests extends BrowserJourney {

	@Test
	void foldsTheNavigationAtPhoneWidthAndKeepsEveryPageWithinTheScreen() {
		var organisation = accounts.organisation();
		Page page = newPage();
		page.setViewportSize(390, 844);
		signIn(page, organisation.owner().email());

		var menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("القائمة"));
		assertThat(menu).isVisible();
		assertThat(page.locator("#site-nav")).isHidden();
		menu.click();
		assertThat(page.locator("#site-nav")).isVisible();
		assertThat(page.locator("#site-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("الأعضاء"))).isVisible();
		assertThat(page.locator("#site-nav a[href='/admin/letterhead']")).isVisible();

		for (String path : new String[] { "/", "/members", "/profile", "/api-keys", "/admin/audit" }) {
			page.navigate(path);
			assertThat(pageWidth(page)).as(path).isEqualTo(viewportWidth(page));
		}
		screenshot(page, "narrow-members-ar");
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void showsTheDeveloperLinkToOwnersOnlyAmongThese() {
		var organisation = accounts.organisation();
		var writer = accounts.member(organisation, Role.WRITER);
		Page owner = newPage();
		signIn(owner, organisation.owner().email());
		Page member = newPage();
		signIn(member, writer.email());

		assertThat(owner.locator("#site-nav a[href='/api/docs']")).hasCount(1);
		assertThat(member.locator("#site-nav a[href='/api/docs']")).hasCount(0);
	}

	@Test
	void warnsOwnersWhileKatibStillHasItsDefaultAddress() {
		var organisation = accounts.organisation();
		Page owner = newPage();
		signIn(owner, organisation.owner().email());
		Page writer = newPage();
		signIn(writer, accounts.member(organisation, Role.WRITER).email());

		assertThat(owner.locator(".base-url-warning")).containsText("KATIB_BASE_URL");
		assertThat(writer.locator(".base-url-warning")).hasCount(0);
	}

	private static void signIn(Page page, String email) {
		page.navigate("/signin");
		page.getByLabel("البريد الإلكتروني").fill(email);
		page.getByLabel("كلمة المرور").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
		page.waitForURL("**/");
	}

	private static int pageWidth(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

	private static int viewportWidth(Page page) {
		return ((Number) page.evaluate("() => window.innerWidth")).intValue();
	}
}
