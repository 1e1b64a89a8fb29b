package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.katib.support.ReopenableFirstRun;

/**
 * A new owner's first hour, in Arabic, on a desktop and on a phone: set up the organisation, see the first
 * steps, find the letterhead prefilled, write a letter, edit it, compare the versions, then submit, approve and
 * sign it alone, and download the PDF. No page is ever wider than the screen.
 */
class FirstHourJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "saffron minaret quietly 2026";

	@Autowired
	ReopenableFirstRun firstRun;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366, 390 })
	void aNewOwnerSetsUpWritesComparesApprovesSignsAndDownloadsTheirFirstLetter(int width) throws Exception {
		firstRun.reopen();
		String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Page page = newPage();
		page.setViewportSize(width, 900);

		page.navigate("/setup");
		fitsTheScreen(page, "setup");
		field(page, "اسم الجهة بالعربية").fill("مدرسة الأندلس الأهلية");
		field(page, "اسم الجهة بالإنجليزية").fill("Al-Andalus Private School");
		field(page, "الاسم بالعربية").fill("نورة القحطاني");
		field(page, "الاسم بالإنجليزية").fill("Noura Al-Qahtani");
		field(page, "المسمى الوظيفي بالعربية").fill("مديرة المدرسة");
		field(page, "البريد الإلكتروني").fill(email);
		field(page, "كلمة المرور الجديدة").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إنشاء الجهة")).click();
		field(page, "البريد الإلكتروني").fill(email);
		field(page, "كلمة المرور").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
		page.waitForURL("**/");

		assertThat(page.locator(".first-steps")).containsText("خطواتك الأولى");
		assertThat(page.locator(".steps li")).hasCount(4);
		fitsTheScreen(page, "home");
		screenshot(page, "first-hour-home-" + width);

		page.locator(".steps a[href='/admin/letterhead']").click();
		assertThat(page.locator("#arabicName")).hasValue("مدرسة الأندلس الأهلية");
		fitsTheScreen(page, "letterhead");

		page.navigate("/letters/new");
		page.selectOption("#category", "request");
		page.selectOption("#recipientHonorific", "saada");
		page.selectOption("#recipientGender", "MALE");
		page.fill("#recipientJobTitle", "مدير إدارة التعليم");
		page.fill("#recipientOrganisation", "الإدارة العامة للتعليم بمنطقة الرياض");
		page.fill("#request", "نرجو التكرم بالموافقة على إقامة الحفل الختامي للمدرسة في قاعة الإدارة يوم الخميس القادم");
		fitsTheScreen(page, "new letter");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اكتب الخطاب")).click();
		assertThat(page.locator(".letter-sheet")).containsText("مديرة المدرسة");
		assertThat(page.locator(".letter-sheet")).containsText("نورة القحطاني");
		fitsTheScreen(page, "letter");

		page.fill("#edit-subject", "بشأن إقامة الحفل الختامي للمدرسة");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("احفظ نسخة جديدة")).click();
		assertThat(page.locator("[role=status]").first()).containsText("حُفظت النسخة 2");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("قارن بالنسخة الحالية")).click();
		assertThat(page.locator(".diff-heading")).hasText("من النسخة 1 إلى النسخة 2");
		fitsTheScreen(page, "compare");
		page.goBack();

		for (String action : new String[] { "أرسل للمراجعة", "اعتمد", "وقّع" }) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action)).click();
			page.waitForLoadState();
		}
		assertThat(page.locator(".status-badge")).hasText("موقّع");
		fitsTheScreen(page, "signed letter");
		screenshot(page, "first-hour-signed-" + width);

		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تنزيل PDF")).click());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(consoleErrors).isEmpty();
	}

	private static com.microsoft.playwright.Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private static void fitsTheScreen(Page page, String where) {
		int content = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		int screen = ((Number) page.evaluate("() => window.innerWidth")).intValue();
		assertThat(content).as(where + " fits the screen").isEqualTo(screen);
	}
}
