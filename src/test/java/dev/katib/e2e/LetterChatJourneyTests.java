package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Role;
import dev.katib.letters.chat.ChatLetters;
import dev.katib.letters.LetterHistory;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts.Account;

class LetterChatJourneyTests extends BrowserJourney {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	@Autowired
	LetterHistory history;

	@Autowired
	ModelGatewaySwitch gateways;

	@Test
	void aWriterChatsAnEditComparesTheVersionsAndRestoresTheFirst() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		Page page = signedIn(writer);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(ChatLetters.revision(
					ChatLetters.withSubject(ChatLetters.DRAFTED, "طلب تقرير الربع الثالث"), "اختصرت الموضوع", null))
				.pieces(25));
			page.navigate("/letters/" + letter + "/chat?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			page.getByLabel("التعليمة").fill("اختصر الموضوع");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال"))
				.click();

			// a cold model call on a busy machine can take a while
			assertThat(page.locator(".chat-messages")).containsText("اختصرت الموضوع",
					new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			assertThat(page.locator(".chat-messages")).containsText("أنشأ النسخة 2");
		}
		screenshot(page, "letter-chat-ar");

		page.getByText("عرض الفروق").click();
		assertThat(page.locator("h1")).hasText("الفروق بين نسختين");
		assertThat(page.locator(".diff-fields dt.diff-changed")).hasText("الموضوع");
		assertThat(page.locator(".diff-text[dir=rtl] :is(ins, del)").first()).isVisible();
		screenshot(page, "letter-diff-ar");

		List<String> questions = new java.util.ArrayList<>();
		page.onceDialog(dialog -> { questions.add(dialog.message()); dialog.accept(); });
		page.getByText("استعادة النسخة 1").click();
		assertThat(page.locator("[role=status]").first()).hasText("استُعيدت النسخة 1: صارت النسخة 3، وهي الحالية الآن.");
		assertThat(page.locator(".letter-versions li").first()).containsText("مستعادة من النسخة 1");
		screenshot(page, "letter-restored-ar");
		assertThat(history.versions(writer.tenantId(), letter)).hasSize(3);
		assertThat(questions).containsExactly("هل تستعيد النسخة 1؟ سيصبح نصها نسخةً جديدة لهذا الخطاب.");
		assertThat(consoleErrors).isEmpty();
		// Chromium reports the streamed chat POST as aborted once the page moves on, although the stream was read
		// to its end (the version was stored and shown); every other request must have succeeded
		assertThat(failedRequests).allSatisfy(failed -> assertThat(failed)
			.isEqualTo(baseUrl() + "/letters/" + letter + "/chat net::ERR_ABORTED"));
	}

	private Page signedIn(Account account) {
		String session = accounts.sessionCookie(baseUrl(), account);
		Page page = newPage();
		String[] nameValue = session.split("=", 2);
		page.context().addCookies(List.of(new Cookie(nameValue[0], nameValue[1]).setUrl(baseUrl())));
		return page;
	}
}
