package dev.katib.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;

import dev.katib.support.IntegrationTest;

/**
 * Base of the end-to-end journeys: each test gets a fresh browser context on the shared Chromium,
 * and records every console error and failed request so a test can insist there were none.
 */
abstract class BrowserJourney extends IntegrationTest {

	private static Browser browser;

	@RegisterExtension
	static final BeforeAllCallback CHROMIUM = BrowserJourney::startChromium;

	protected final List<String> consoleErrors = new CopyOnWriteArrayList<>();
	protected final List<String> failedRequests = new CopyOnWriteArrayList<>();
	private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

	private static void startChromium(ExtensionContext context) {
		Assumptions.assumeTrue(Browser.available(), "Chromium is not installed");
		browser = Browser.shared(context);
	}

	@BeforeEach
	void clearRecords() {
		consoleErrors.clear();
		failedRequests.clear();
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** A new browser profile: its own cookies, as a second person on another computer would have. */
	protected Page newPage() {
		BrowserContext context = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL(baseUrl())
			.setViewportSize(1280, 900));
		contexts.add(context);
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		page.onRequestFailed(request -> failedRequests.add(request.url() + " " + request.failure()));
		page.onResponse(response -> {
			if (response.status() >= 400) {
				failedRequests.add(response.url() + " " + response.status());
			}
		});
		return page;
	}

	protected static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png"))
			.setFullPage(true));
	}
}
