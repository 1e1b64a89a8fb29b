package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

class HomePageJourneyTests extends BrowserJourney {

	@Test
	void showsTheHomePageInArabicRightToLeftByDefault() {
		Page page = newPage();
		page.navigate("/");

		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		assertThat(page).hasTitle("كاتب: المراسلات الرسمية");
		assertThat(page.locator("h1")).containsText("الخطابات الرسمية");
		assertThat(arabicFontLoaded(page)).isTrue();
		screenshot(page, "home-ar");
		assertThat(consoleErrors).isEmpty();
		assertThat(failedRequests).isEmpty();
	}

	@Test
	void switchesToEnglishAndRemembersTheChoice() {
		Page page = newPage();
		page.navigate("/");
		page.getByText("English").click();

		assertThat(page.locator("html")).hasAttribute("dir", "ltr");
		assertThat(page).hasTitle("Katib: formal correspondence");
		screenshot(page, "home-en");

		page.navigate("/");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Formal letters, from first draft to signed archive");

		page.getByText("العربية").click();
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(consoleErrors).isEmpty();
		assertThat(failedRequests).isEmpty();
	}

	@Test
	void showsASignedInMemberATranslatedNotFoundPage() {
		Page page = newPage();
		var member = accounts.member(accounts.organisation(), dev.katib.accounts.Role.VIEWER);
		page.navigate("/signin?lang=en");
		page.getByLabel("E-mail").fill(member.email());
		page.getByLabel("Password").fill(dev.katib.support.TestAccounts.PASSWORD);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL("**/");
		var response = page.navigate("/no-such-page?lang=en");

		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Page not found");
		screenshot(page, "not-found-en");
	}

	private static boolean arabicFontLoaded(Page page) {
		page.evaluate("() => document.fonts.ready");
		return (Boolean) page.evaluate("() => document.fonts.check('16px \"Noto Naskh Arabic\"', 'كاتب')"
				+ " && [...document.fonts].some(f => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded')");
	}
}
