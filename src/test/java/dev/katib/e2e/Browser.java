package dev.katib.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.extension.ExtensionContext;

import dev.katib.support.Services;

/**
 * One Chromium for every browser journey of the run: Debian's, never a downloaded one. It is
 * closed when the test run ends.
 */
final class Browser implements ExtensionContext.Store.CloseableResource, AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("KATIB_CHROMIUM", "/usr/bin/chromium"));

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-dev-shm-usage");

	final Playwright playwright;
	final com.microsoft.playwright.Browser chromium;

	private Browser() {
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = playwright.chromium()
			.launch(new com.microsoft.playwright.BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(ARGS));
	}

	static Browser shared(ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(Browser.class, key -> new Browser(), Browser.class);
	}

	static boolean available() {
		if (Files.isExecutable(CHROMIUM)) {
			return true;
		}
		Services.requireOrSkipNotice("Chromium at " + CHROMIUM, "browser journeys are skipped");
		return false;
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}
}
