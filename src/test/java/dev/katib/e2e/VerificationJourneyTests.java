package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.archive.Archive;
import dev.katib.archive.FileKind;
import dev.katib.archive.StoreRequest;
import dev.katib.archive.VerificationCodes;
import dev.katib.platform.Ids;

class VerificationJourneyTests extends BrowserJourney {

	@Autowired
	Archive archive;

	@Autowired
	VerificationCodes codes;

	@Test
	void confirmsTheGenuineDocumentAndRejectsAModifiedCopy() throws Exception {
		String code = codes.issue();
		byte[] pdf = minimalPdf("genuine");
		archive.store(new StoreRequest(Ids.newId(), null, FileKind.LETTER, "letter.pdf", "application/pdf", pdf,
				"letter", "1", "دعوة لحضور حفل التخرج", LocalDate.of(2026, 11, 22),
				Map.of("organisation", "مدرسة الأمل", "number", "OUT/1448/000123"), null, code));
		Path genuine = Files.write(Files.createTempFile("genuine", ".pdf"), pdf);
		Path modified = Files.write(Files.createTempFile("modified", ".pdf"), minimalPdf("changed"));

		Page page = newPage();
		page.navigate("/verify/" + code);
		assertThat(page.locator(".facts")).containsText("OUT/1448/000123");
		assertThat(page.locator(".facts")).containsText("مدرسة الأمل");

		page.setInputFiles("#file", genuine);
		page.locator(".verify-upload button").click();
		assertThat(page.locator(".verify-result")).hasText("الملف مطابق تمامًا للمستند المؤرشف.");
		screenshot(page, "verify-match-ar");

		page.setInputFiles("#file", modified);
		page.locator(".verify-upload button").click();
		assertThat(page.locator(".verify-result")).hasClass(java.util.regex.Pattern.compile(".*verify-mismatch.*"));
		screenshot(page, "verify-mismatch-ar");
	}

	@Test
	void saysPlainlyWhenNoDocumentHasTheCode() {
		Page page = newPage();
		var response = page.navigate("/verify/" + codes.issue() + "?lang=en");

		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator(".verify-unknown")).containsText("No document has this verification code");
	}

	private static byte[] minimalPdf(String marker) {
		return ("%PDF-1.4\n% " + marker + "\n%%EOF\n").getBytes();
	}
}
