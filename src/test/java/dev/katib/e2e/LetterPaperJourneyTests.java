package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.documents.Letterheads;
import dev.katib.documents.Verification;
import dev.katib.letters.LetterHistory;
import dev.katib.paper.archiving.LetterArchiving;
import dev.katib.paper.PaperFixtures;
import dev.katib.support.TestAccounts;

class LetterPaperJourneyTests extends BrowserJourney {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	@Autowired
	LetterHistory history;

	@Autowired
	Letterheads letterheads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LetterArchiving papers;

	@Test
	void theDownloadedPdfOfASignedLetterIsConfirmedAndAModifiedCopyRejected() throws Exception {
		var fixtures = new PaperFixtures(letterFixtures, letterheads, jdbc);
		var org = accounts.organisation();
		var writer = accounts.member(org, Role.WRITER);
		var signer = accounts.member(org, Role.SIGNER);
		fixtures.activeLetterhead(org.tenantId());
		UUID letter = fixtures.arabicLetter(org.tenantId(), writer.memberId());
		fixtures.sign(org.tenantId(), letter, signer.memberId());
		papers.archive(org.tenantId(), letter, signer.memberId());
		Verification verification = papers.archivedVerification(org.tenantId(), letter).orElseThrow();

		Page page = newPage();
		page.navigate("/signin");
		page.fill("#email", writer.email());
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/(\\?.*)?$"));
		Download download = page.waitForDownload(() -> page.evaluate("""
				href => { const link = document.createElement('a'); link.href = href;
				          document.body.appendChild(link); link.click(); }""", "/letters/" + letter + "/pdf"));
		assertThat(download.suggestedFilename()).isEqualTo("OUT-1448-000123.pdf");
		Path genuine = Files.createTempFile("letter", ".pdf");
		download.saveAs(genuine);
		byte[] bytes = Files.readAllBytes(genuine);
		bytes[bytes.length / 2] ^= 0x01;
		Path modified = Files.write(Files.createTempFile("modified", ".pdf"), bytes);

		Page outsider = newPage();
		outsider.navigate(verification.url().getRawPath());
		assertThat(outsider.locator(".facts")).containsText("OUT/1448/000123");
		assertThat(outsider.locator(".facts")).containsText("جمعية الكاتب الخيرية");
		outsider.setInputFiles("#file", genuine);
		outsider.locator(".verify-upload button").click();
		assertThat(outsider.locator(".verify-result")).hasClass(Pattern.compile(".*verify-match.*"));
		screenshot(outsider, "letter-pdf-verified-ar");

		outsider.setInputFiles("#file", modified);
		outsider.locator(".verify-upload button").click();
		assertThat(outsider.locator(".verify-result")).hasClass(Pattern.compile(".*verify-mismatch.*"));
		screenshot(outsider, "letter-pdf-modified-ar");
	}
}
