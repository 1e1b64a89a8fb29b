package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Role;
import dev.katib.archive.Archive;
import dev.katib.archive.FileKind;
import dev.katib.archive.StoreRequest;
import dev.katib.support.TestAccounts;

class ArchiveSearchJourneyTests extends BrowserJourney {

	@Autowired
	Archive archive;

	@Test
	void findsALetterByAWordOfItsBodyTypedInAnotherArabicSpelling() {
		var org = accounts.organisation();
		var viewer = accounts.member(org, Role.VIEWER);
		archive.store(new StoreRequest(org.tenantId(), null, FileKind.LETTER, "letter.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(), "letter", "7", "طلب زيارة ميدانية", LocalDate.of(2026, 11, 20),
				Map.of("number", "OUT/1448/000077", "category", "request"),
				"نرجو التكرم بالموافقة على زيارة طالبات مدرسة الأمل الابتدائية لمتحف العلوم.", null));
		archive.store(new StoreRequest(org.tenantId(), null, FileKind.LETTER, "other.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(), "letter", "8", "تهنئة", LocalDate.of(2026, 11, 21), Map.of(),
				"نهنئكم بمناسبة افتتاح الفرع الجديد.", null));

		Page page = newPage();
		page.navigate("/signin");
		page.fill("#email", viewer.email());
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("form button[type=submit]").click();
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("الأرشيف")).click();

		page.fill("#q", "مدرسه");
		page.locator(".archive-search button").click();

		assertThat(page.locator(".archive-hit")).hasCount(1);
		assertThat(page.locator(".archive-hit h2")).hasText("طلب زيارة ميدانية");
		assertThat(page.locator(".archive-hit mark")).hasText("مدرسة");
		assertThat(page.locator(".archive-facts bdi")).hasText("OUT/1448/000077");
		screenshot(page, "archive-search-ar");
		assertThat(consoleErrors).isEmpty();
	}
}
