package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.FakeModelServer.ScriptedCall;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts;

/** A writer on a phone asks the assistant a question, reads the tool call it made, and deletes the conversation. */
class AssistantChatJourneyTests extends BrowserJourney {

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	DataSources sources;

	@Test
	void askOnAPhoneReadTheToolCardAndDeleteAfterConfirming() throws Exception {
		var organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		TestAccounts.Account first = organisation.owner();
		Caller owner = new Caller(first.tenantId(), first.memberId(), first.email(), first.roles(),
				java.util.Locale.forLanguageTag("ar"), "192.0.2.7");
		UUID source = sources.connect(owner, new NewSource.BuiltIn("المدارس")).id();
		String tableId = sources.createTable(owner, source, "Schools", List.of(new NewField("Name", "text"))).id();
		String table = "{\"sourceId\":\"" + source + "\",\"baseId\":\"local\",\"tableId\":\"" + tableId + "\"}";
		Page page = newPage();
		page.setViewportSize(360, 780);
		MembersJourneyTests.signIn(page, writer.email(), TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assistant").setExact(true)).click();
		assertThat(page.locator("main")).containsText("needs a language model");

		FirstRunJourneyTests.field(page, "Title").fill("المدارس");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a conversation")).click();
		String create = "{\"table\":" + table + ",\"records\":[{\"fields\":[{\"field\":\"Name\",\"value\":\"الفجر\"}]}]}";
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			CountDownLatch thinking = new CountDownLatch(1);
			model.enqueue(Reply.toolCalls("", new ScriptedCall("c1", "describe_table", table)),
					Reply.answer("في الجدول حقل واحد: Name.").after(thinking),
					Reply.toolCalls("", new ScriptedCall("c2", "create_records", create)), Reply.answer("أضفت الفجر."));
			FirstRunJourneyTests.field(page, "Your question").fill("ما حقول جدول المدارس؟");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask")).click();
			// the card streams in while the model still thinks of its answer
			assertThat(page.locator(".tool-card .tool-result summary")).hasText("Result",
					new LocatorAssertions.HasTextOptions().setTimeout(60_000));
			assertThat(page.locator(".tool-card code").first()).hasText("describe_table");
			assertThat(page.locator(".assistant-progress")).isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop"))).isVisible();
			thinking.countDown();
			assertThat(page.locator(".chat-assistant .chat-text")).containsText("حقل واحد");
			assertThat(page.locator(".assistant-progress")).isHidden();
			FirstRunJourneyTests.field(page, "Your question").fill("أضف مدرسة الفجر");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask")).click();
			assertThat(page.locator(".tool-card details[open] pre")).containsText("الفجر");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run them")).click();
			assertThat(page.locator(".chat-assistant .chat-text").last()).hasText("أضفت الفجر.");
		}
		assertThat(page.locator(".tool-card code").first()).hasText("describe_table");
		assertThat(page.locator(".tool-card pre").first()).not().isVisible();
		page.getByText("Result", new Page.GetByTextOptions().setExact(true)).first().click();
		assertThat(page.locator(".tool-card pre").nth(1)).containsText("tool-result.describe_table");
		Number overflow = (Number) page.evaluate("document.querySelector('main').scrollWidth - window.innerWidth");
		assertThat(overflow.intValue()).as("the page is wider than the phone").isLessThanOrEqualTo(0);
		page.navigate(page.url().replaceFirst("\\?.*$", "") + "?lang=ar");
		assertThat(page.locator(".tool-card p").first()).containsText("وصف الجدول وحقوله");
		page.navigate(page.url().replaceFirst("\\?.*$", "") + "?lang=en");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete the conversation")).click();
		assertThat(page.locator("main")).containsText("cannot be undone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true)).click();
		assertThat(page.locator("main")).containsText("The conversation was deleted.");
		assertThat(page.locator("main")).containsText("No conversation yet.");
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void stopASlowTurnKeepingWhatWasSaidThenAskAgain() throws Exception {
		var organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		Page page = newPage();
		MembersJourneyTests.signIn(page, writer.email(), TestAccounts.PASSWORD);
		page.navigate("/assistant?lang=ar");
		FirstRunJourneyTests.field(page, "العنوان").fill("مصادري");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ابدأ محادثة")).click();
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			CountDownLatch thinking = new CountDownLatch(1);
			model.enqueue(Reply.toolCalls("أبحث في مصادرك.", new ScriptedCall("c1", "list_sources", "{}")),
					Reply.answer("لديك مصدر واحد، وهذا جواب طويل لن يكتمل.").after(thinking),
					Reply.answer("ليس لديك أي مصدر بيانات."));
			FirstRunJourneyTests.field(page, "سؤالك").fill("ما مصادر بياناتي؟");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اسأل").setExact(true)).click();
			assertThat(page.locator(".chat-assistant .chat-text")).hasText("أبحث في مصادرك.",
					new LocatorAssertions.HasTextOptions().setTimeout(60_000));
			assertThat(page.locator(".tool-card .tool-label")).hasText("عرض مصادر البيانات");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أوقف")).click();

			// the model is still thinking: the turn ends without waiting for it
			assertThat(page.locator("main")).containsText("أوقفتَ المساعد");
			thinking.countDown();
			assertThat(page.locator(".chat-stopped")).hasText("(أُوقف)");
			assertThat(page.locator(".chat-assistant .chat-text").first()).hasText("أبحث في مصادرك.");
			assertThat(page.locator("main")).not().containsText("جواب طويل");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اسأل مرة أخرى")).click();
			assertThat(page.locator(".chat-assistant .chat-text").last()).hasText("ليس لديك أي مصدر بيانات.");
		}
		assertThat(consoleErrors).isEmpty();
	}
}
