package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Role;
import dev.katib.letters.chat.ChatLetters;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.LetterHistory;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/**
 * Issue #5: a writer drafts a letter and chats an edit, submits it; a reviewer returns it with a comment; the
 * writer fixes it by hand and resubmits; the reviewer approves and the number appears; a signer signs it from
 * their queue.
 */
class LetterApprovalJourneyTests extends BrowserJourney {

	private static final String REQUEST = "نرجو التكرم بتزويدنا بتقرير الربع الثالث لمشروع تطوير الحدائق العامة";
	private static final String CHATTED_SUBJECT = "طلب تقرير الربع الثالث لمشروع الحدائق";
	private static final String RETURN_COMMENT = "نرجو ذكر موعد تسليم التقرير في الفقرة الأولى.";
	private static final String DEADLINE = "، على أن يصلنا التقرير قبل نهاية الشهر الجاري.";
	private static final Pattern LETTER_URL = Pattern.compile(".*/letters/([0-9a-f-]{36})(\\?.*)?$");

	@Autowired
	Colleagues colleagues;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	LetterHistory history;

	@Autowired
	ModelGatewaySwitch gateways;

	@Test
	void aLetterIsChattedReturnedFixedApprovedWithItsNumberAndSignedFromTheSignersQueue() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Account writer = accounts.member(organisation, Role.WRITER);
		Account reviewer = accounts.member(organisation, Role.REVIEWER);
		Account signer = accounts.member(organisation, Role.SIGNER);

		// the writer drafts a letter (without a model: the offline engine writes it)
		Page writing = signedIn(writer);
		writing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("خطاب جديد")).click();
		writing.selectOption("#category", "request");
		writing.selectOption("#language", "ar");
		writing.selectOption("#recipientHonorific", "saada");
		writing.selectOption("#recipientGender", "FEMALE");
		writing.fill("#recipientJobTitle", "مديرة إدارة الحدائق");
		writing.fill("#recipientOrganisation", "أمانة منطقة الرياض");
		writing.fill("#request", REQUEST);
		writing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اكتب الخطاب")).click();
		assertThat(writing.locator("#letter-versions li")).hasCount(1);
		Matcher url = LETTER_URL.matcher(writing.url());
		assertThat(url.matches()).as(writing.url()).isTrue();
		UUID letter = UUID.fromString(url.group(1));
		Locator sheet = writing.locator("#letter-preview .letter-sheet");
		Locator workflow = writing.locator("#letter-workflow");
		assertThat(workflow.locator(".workflow-status")).hasText("مسودة");
		assertThat(workflow).containsText("لم يُرقَّم بعد");

		// ... and asks the model, in the letter page's chat, for a shorter subject
		StructuredLetter drafted = history.current(organisation.tenantId(), letter).orElseThrow().letter();
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(ChatLetters.revision(ChatLetters.withSubject(drafted, CHATTED_SUBJECT),
					"اختصرت الموضوع", null))
				.pieces(20));
			writing.reload();
			writing.getByLabel("التعليمة").fill("اختصر الموضوع");
			writing.locator("#letter-chat").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("إرسال"))
				.click();
			// the page reloads with the new version once the stream has ended; a cold model call may take a while
			assertThat(writing.locator("#letter-versions li")).hasCount(2,
					new LocatorAssertions.HasCountOptions().setTimeout(60_000));
		}
		assertThat(writing.locator("h1")).hasText(CHATTED_SUBJECT);
		assertThat(writing.locator("#letter-versions li").first()).containsText("النسخة 2");
		assertThat(writing.locator("#letter-chat .chat-messages")).containsText("اختصرت الموضوع");
		screenshot(writing, "approval-1-chatted-ar");

		writing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل للمراجعة")).click();
		assertThat(workflow.locator(".notice")).hasText("أُرسل الخطاب.");
		assertThat(workflow.locator(".workflow-status")).hasText("قيد المراجعة");
		assertThat(writing.locator("#letter-edit")).hasCount(0);

		// each step some minutes after the one before, as people work
		clock.advance(Duration.ofMinutes(7));
		// the reviewer finds it in their queue and returns it with a comment
		Page reviewing = signedIn(reviewer);
		reviewing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("قائمة المراجعة")).click();
		Locator queued = reviewing.locator(".queue-letters tbody tr", new Page.LocatorOptions().setHasText(CHATTED_SUBJECT));
		assertThat(queued).hasCount(1);
		assertThat(queued.locator("td").nth(3)).hasText("طلب");
		screenshot(reviewing, "approval-2-review-queue-ar");
		queued.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("افتح")).click();
		assertThat(reviewing.locator("h1")).hasText(CHATTED_SUBJECT);
		Locator reviewed = reviewing.locator("#letter-workflow");
		assertThat(reviewed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("اعتمد"))).isVisible();
		reviewed.getByLabel("لماذا يُعاد الخطاب؟").fill(RETURN_COMMENT);
		reviewed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("أعده إلى الكاتب")).click();
		assertThat(reviewed.locator(".notice")).hasText("أُعيد الخطاب إلى كاتبه.");
		assertThat(reviewed.locator(".workflow-status")).hasText("معاد للكاتب");
		screenshot(reviewing, "approval-3-returned-ar");

		clock.advance(Duration.ofMinutes(7));
		// the writer sees the comment, fixes the first paragraph by hand and submits again
		writing.reload();
		assertThat(workflow.locator(".workflow-status")).hasText("معاد للكاتب");
		assertThat(workflow).containsText(RETURN_COMMENT);
		screenshot(writing, "approval-4-writer-sees-comment-ar");
		Locator firstParagraph = writing.locator("#edit-paragraph-1");
		String fixed = firstParagraph.inputValue().strip().replaceAll("[.،]+$", "") + DEADLINE;
		firstParagraph.fill(fixed);
		writing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("احفظ نسخة جديدة")).click();
		assertThat(writing.locator(".notice").first()).hasText("حُفظت النسخة 3.");
		assertThat(sheet.locator("[data-part=paragraphs] p").first()).hasText(fixed);
		clock.advance(Duration.ofMinutes(7));
		writing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل للمراجعة")).click();
		assertThat(workflow.locator(".workflow-status")).hasText("قيد المراجعة");
		clock.advance(Duration.ofMinutes(7));

		// the reviewer approves the fixed letter, and it receives the organisation's next number
		reviewing.reload();
		assertThat(reviewing.locator("#letter-preview [data-part=paragraphs] p").first()).hasText(fixed);
		reviewed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("اعتمد")).click();
		assertThat(reviewed.locator(".notice")).hasText("اعتُمد الخطاب.");
		assertThat(reviewed.locator(".workflow-status")).hasText("معتمد");
		Pattern firstNumber = firstNumberOf(organisation);
		assertThat(reviewed.locator(".workflow-number")).hasText(firstNumber);
		String number = reviewed.locator(".workflow-number").textContent().strip();
		assertThat(reviewing.locator("#letter-preview")).containsText(number);
		Locator steps = reviewed.locator(".workflow-history li");
		assertThat(steps).hasCount(4);
		assertThat(steps.nth(0)).containsText("مسودة ← قيد المراجعة");
		assertThat(steps.nth(1)).containsText("قيد المراجعة ← معاد للكاتب");
		assertThat(steps.nth(1).locator("blockquote")).hasText(RETURN_COMMENT);
		assertThat(steps.nth(2)).containsText("معاد للكاتب ← قيد المراجعة");
		assertThat(steps.nth(3)).containsText("قيد المراجعة ← معتمد");
		screenshot(reviewing, "approval-5-approved-ar");
		clock.advance(Duration.ofMinutes(7));

		// the signer opens it from the signature queue and signs it
		Page signing = signedIn(signer);
		signing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("قائمة التوقيع")).click();
		Locator awaiting = signing.locator(".queue-letters tbody tr", new Page.LocatorOptions().setHasText(CHATTED_SUBJECT));
		assertThat(awaiting).containsText(number);
		screenshot(signing, "approval-6-signature-queue-ar");
		awaiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("افتح")).click();
		Locator toSign = signing.locator("#letter-workflow");
		Locator password = toSign.getByLabel("كلمة المرور");
		if (password.count() > 0) {
			password.fill(TestAccounts.PASSWORD);
		}
		toSign.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("وقّع")).click();
		assertThat(toSign.locator(".notice")).hasText("وُقّع الخطاب.");
		assertThat(toSign.locator(".workflow-status")).hasText("موقّع");
		assertThat(signing.locator(".letter-page-head .status-badge")).hasText("موقّع");
		assertThat(toSign.locator(".workflow-number")).hasText(number);
		assertThat(toSign.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("وقّع"))).hasCount(0);
		// the letter itself now carries the signer's name, as its printed copy does
		assertThat(signing.locator("#letter-preview [data-part=signature-name]"))
			.hasText(colleagues.find(signer.tenantId(), signer.memberId()).orElseThrow().name());
		screenshot(signing, "approval-7-signed-ar");

		// and the signature queue no longer holds it
		signing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("قائمة التوقيع")).click();
		assertThat(signing.locator(".queue-letters tbody tr", new Page.LocatorOptions().setHasText(CHATTED_SUBJECT)))
			.hasCount(0);

		// the owner sends the signed letter by e-mail from its page, on a phone
		Page sending = signedIn(organisation.owner());
		sending.setViewportSize(390, 844);
		sending.navigate("/letters/" + letter);
		sending.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("إرسال بالبريد الإلكتروني")).click();
		String to = "ministry-" + letter + "@example.org";
		// the signed letter's archived PDF reaches delivery a moment after signing; until then it is not found
		for (int attempt = 0; attempt < 20 && sending.locator(".deliveries-table").count() == 0; attempt++) {
			sending.locator("#recipient").fill(to);
			sending.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال بالبريد الإلكتروني")).click();
			if (sending.locator(".deliveries-table").count() == 0) {
				sending.waitForTimeout(500);
				sending.navigate("/letters/" + letter + "/deliveries");
			}
		}
		assertThat(sending.locator(".deliveries-table tbody tr")).hasCount(1);
		assertThat(sending.locator(".deliveries-table tbody tr")).containsText(to);
		assertThat((Boolean) sending.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		screenshot(sending, "approval-8-sent-ar-390");

		assertThat(consoleErrors).isEmpty();
		// Chromium reports the streamed chat POST as aborted when the page reloads to show the new version,
		// although the stream was read to its end; every other request must have succeeded
		assertThat(failedRequests).allSatisfy(failed -> assertThat(failed)
			.isEqualTo(baseUrl() + "/letters/" + letter + "/chat net::ERR_ABORTED"));
	}

	/** The first number of the year in the organisation's format, as its letter settings give it. */
	private Pattern firstNumberOf(TestOrganisation organisation) {
		String body = client().get()
			.uri("/api/v1/letter-settings")
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(organisation.owner()))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode settings = JsonMapper.builder().build().readTree(body);
		String prefix = settings.get("numberPrefix").asString();
		int width = settings.get("numberWidth").asInt();
		// a prefix is letters, digits, - and _ only: nothing a browser's regular expression would read specially
		return Pattern.compile("^" + (prefix.isEmpty() ? "" : prefix + "/") + "\\d{4}/"
				+ "0".repeat(width - 1) + "1$");
	}

	private Page signedIn(Account account) {
		Page page = newPage();
		page.navigate("/signin");
		page.fill("#email", account.email());
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/(\\?.*)?$"));
		return page;
	}
}
