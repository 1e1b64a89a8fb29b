package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import dev.katib.support.TestAccounts;

/** An owner on a phone adds a webhook endpoint, copies its secret, sends it a test message and removes it. */
class WebhooksJourneyTests extends BrowserJourney {

	@Test
	void addAnEndpointSeeTheSecretOnceSendATestMessageAndRemoveItAfterConfirming() throws IOException {
		AtomicInteger received = new AtomicInteger();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			exchange.getRequestBody().readAllBytes();
			received.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		try {
			String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
			var organisation = accounts.organisation();
			Page owner = newPage();
			owner.setViewportSize(360, 780);
			MembersJourneyTests.signIn(owner, organisation.owner().email(), TestAccounts.PASSWORD);
			owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
			owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks").setExact(true)).click();
			assertThat(owner.locator("main")).containsText("No webhook endpoint yet.");

			FirstRunJourneyTests.field(owner, "Endpoint URL").fill(url);
			owner.getByLabel("Letter signed").check();
			owner.getByLabel("Batch run completed").check();
			owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the endpoint")).click();
			assertThat(owner.locator(".webhook-secret")).containsText("whsec_");
			Number overflow = (Number) owner.evaluate("document.querySelector('main').scrollWidth - window.innerWidth");
			assertThat(overflow.intValue()).as("the page is wider than the phone").isLessThanOrEqualTo(0);

			owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a test message")).click();
			assertThat(owner.getByRole(AriaRole.STATUS)).containsText("A test message was queued");
			assertThat(owner.locator(".webhook-secret")).hasCount(0);
			// the attempt log shows the answer once the attempt has committed, a moment after the receiver saw it
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
				owner.reload();
				return owner.locator("table.webhook-attempts").count() == 1;
			});
			assertThat(received).hasValue(1);
			assertThat(owner.locator("table.webhook-attempts")).containsText("204");
			assertThat(owner.locator("table.webhook-messages")).containsText("Delivered");

			owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove the endpoint")).click();
			assertThat(owner.locator("main")).containsText("This cannot be undone.");
			owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, remove it")).click();
			assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The webhook endpoint was removed.");
			assertThat(owner.locator("table.webhooks-table")).hasCount(0);
			assertThat(consoleErrors).isEmpty();
		}
		finally {
			receiver.stop(0);
		}
	}
}
