package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.assertions.LocatorAssertions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.LetterJson;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Issue #4: a writer drafts an Arabic letter with the offline engine, edits a paragraph by hand, sees version 2. */
class LetterDraftingJourneyTests extends BrowserJourney {

	private static final String REQUEST = "نرجو التكرم بتزويدنا بتقرير الربع الثالث لمشروع تطوير الحدائق العامة";
	private static final String EDITED = "نرجو التكرم بتزويدنا بتقرير الربع الثالث لمشروع تطوير الحدائق العامة، مع بيان نسب الإنجاز في كل حديقة.";

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	Letters letters;

	@Autowired
	ModelGatewaySwitch gateways;

	@Test
	void aWriterDraftsAnArabicLetterWithoutAiEditsAParagraphAndSeesVersionTwo() {
		TestOrganisation organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Account writer = accounts.member(organisation, Role.WRITER);

		Page page = newPage();
		page.navigate("/signin");
		page.fill("#email", writer.email());
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("form button[type=submit]").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("خطاب جديد")).click();

		page.selectOption("#category", "request");
		page.selectOption("#language", "ar");
		page.selectOption("#recipientHonorific", "saada");
		page.selectOption("#recipientGender", "FEMALE");
		page.fill("#recipientJobTitle", "مديرة إدارة الحدائق");
		page.fill("#recipientOrganisation", "أمانة منطقة الرياض");
		page.locator("input[name=saveRecipient]").check();
		page.fill("#request", REQUEST);
		screenshot(page, "letter-new-ar");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اكتب الخطاب")).click();

		Locator sheet = page.locator("#letter-preview .letter-sheet");
		assertThat(sheet).hasAttribute("dir", "rtl");
		assertThat(sheet.locator(".sheet-basmala")).hasText("بسم الله الرحمن الرحيم");
		assertThat(sheet.locator("[data-part=addressee-line]")).hasText("سعادة مديرة إدارة الحدائق");
		assertThat(sheet.locator("[data-part=prayer]")).hasText("سلمها الله");
		assertThat(sheet.locator("[data-part=greeting]")).hasText("السلام عليكم ورحمة الله وبركاته");
		assertThat(sheet.locator("[data-part=closing]")).containsText("،،،");
		assertThat(sheet.locator("[data-part=without-ai]")).hasText("صيغ دون ذكاء اصطناعي");
		assertThat(page.locator("#letter-versions li")).hasCount(1);
		// the page's draft stream endpoint hands a browser the stored version at once
		Object streamed = page.evaluate("""
				url => new Promise((resolve, reject) => {
				  const source = new EventSource(url);
				  source.addEventListener('version', e => { source.close(); resolve(JSON.parse(e.data).version.number); });
				  source.addEventListener('failed', e => { source.close(); reject(e.data); });
				})""", page.url().replaceAll("\\?.*$", "") + "/draft/stream");
		assertThat(streamed).isEqualTo(1);
		screenshot(page, "letter-version-1-ar");

		Locator firstParagraph = page.locator("#edit-paragraph-1");
		firstParagraph.fill(EDITED);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("احفظ نسخة جديدة")).click();

		assertThat(page.locator(".notice")).hasText("حُفظت النسخة 2.");
		assertThat(sheet.locator("[data-part=paragraphs] p").first()).hasText(EDITED);
		assertThat(page.locator("#letter-versions li")).hasCount(2);
		assertThat(page.locator("#letter-versions li").first()).containsText("عُدّل يدويًا");
		assertThat(page.locator("#letter-versions li[aria-current=true] .version-number")).hasText("النسخة 2");
		assertThat(page.locator("#letter-versions li").last()).containsText("صيغ دون ذكاء اصطناعي");
		screenshot(page, "letter-version-2-ar");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("الخطابات").setExact(true)).click();
		assertThat(page.locator(".letters-table tbody tr")).hasCount(1);
		screenshot(page, "letters-list-ar");
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void aWriterUsingTheEnglishPagesDraftsAnEnglishLetterLaidOutLeftToRight() {
		TestOrganisation organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Account writer = accounts.member(organisation, Role.WRITER);

		Page page = newPage();
		page.navigate("/signin?lang=en");
		page.fill("#email", writer.email());
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("form button[type=submit]").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New letter")).click();

		page.selectOption("#category", "request");
		page.selectOption("#language", "en");
		page.selectOption("#recipientHonorific", "doctor");
		page.selectOption("#recipientGender", "FEMALE");
		page.fill("#recipientName", "Sarah Collins");
		page.fill("#recipientJobTitle", "Director of Training");
		page.fill("#recipientOrganisation", "Gulf Training Institute");
		page.fill("#request", "Please send us the schedule of the spring workshops for our engineers.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write the letter")).click();

		Locator sheet = page.locator("#letter-preview .letter-sheet");
		assertThat(page.locator("html")).hasAttribute("dir", "ltr");
		assertThat(sheet).hasAttribute("dir", "ltr");
		assertThat(sheet.locator(".sheet-basmala")).hasCount(0);
		assertThat(sheet.locator("[data-part=greeting]")).hasText("Dear Dr Collins,");
		assertThat(sheet.locator("[data-part=paragraphs] p").first())
			.containsText("send us the schedule of the spring workshops for our engineers.");
		assertThat(sheet.locator("[data-part=closing]")).hasText("Yours sincerely,");
		assertThat(page.locator("#letter-versions li[aria-current=true]")).containsText("Drafted without AI");
		screenshot(page, "letter-version-1-en");
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void aDraftWrittenByAModelStreamsIntoThePreviewAndThenShowsAsTheFirstVersion() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Account writer = accounts.member(organisation, Role.WRITER);
		// what the model will answer: a valid letter for the same inputs, as the offline engine composes it
		LetterView offline = letters.draft(new Caller(organisation.tenantId(), writer.memberId(), "Writer",
				Set.of(Role.WRITER), Locale.forLanguageTag("ar"), null),
				new DraftLetter("request", Language.ARABIC,
						new RecipientInput(null, "saada", "مديرة إدارة الحدائق", Gender.FEMALE, "أمانة منطقة الرياض"),
						null, REQUEST, null, null),
				null);
		String answer = LetterJson.writeForModel(offline.version().letter());
		List<String> seenWhileWriting = new CopyOnWriteArrayList<>();

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(answer).firstTokenAfter(Duration.ofSeconds(3)).pieces(9, 4, 17));
			Page page = newPage();
			// while the preview is busy, note each paragraph text the stream puts into it (kept across the reload)
			page.addInitScript("""
					document.addEventListener('DOMContentLoaded', () => {
					  const preview = document.querySelector('#letter-preview[aria-busy=true]');
					  if (!preview) return;
					  new MutationObserver(() => {
					    const body = preview.querySelector('[data-part=paragraphs]');
					    if (preview.getAttribute('aria-busy') === 'true' && body && body.textContent.trim()) {
					      console.log('streamed: ' + body.textContent.trim());
					    }
					  }).observe(preview, { subtree: true, childList: true, characterData: true });
					});""");
			page.onConsoleMessage(message -> {
				if (message.text().startsWith("streamed: ")) {
					seenWhileWriting.add(message.text());
				}
			});
			page.navigate("/signin");
			page.fill("#email", writer.email());
			page.fill("#password", TestAccounts.PASSWORD);
			page.locator("form button[type=submit]").click();
			page.navigate("/letters/new");
			page.selectOption("#category", "request");
			page.selectOption("#recipientHonorific", "saada");
			page.selectOption("#recipientGender", "FEMALE");
			page.fill("#recipientJobTitle", "مديرة إدارة الحدائق");
			page.fill("#recipientOrganisation", "أمانة منطقة الرياض");
			page.fill("#request", REQUEST);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اكتب الخطاب")).click();

			assertThat(page.locator("[data-draft-status]")).hasText("يكتب كاتب الخطاب الآن…");
			screenshot(page, "letter-writing-ar");
			assertThat(page.locator("#letter-versions li")).hasCount(1,
					new LocatorAssertions.HasCountOptions().setTimeout(30_000));
			assertThat(page.locator("#letter-versions li")).containsText("صاغه النموذج");
			assertThat(page.locator("#letter-preview [data-part=without-ai]")).hasCount(0);
			assertThat(page.locator("#letter-preview [data-part=prayer]")).hasText("سلمها الله");
			screenshot(page, "letter-drafted-by-model-ar");
		}

		assertThat(seenWhileWriting).isNotEmpty();
		assertThat(seenWhileWriting.getLast()).contains(offline.version().letter().paragraphs().getFirst());
		assertThat(consoleErrors).isEmpty();
	}
}
