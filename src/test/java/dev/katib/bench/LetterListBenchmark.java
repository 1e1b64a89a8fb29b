package dev.katib.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.katib.KatibApplication;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.Organisations;
import dev.katib.accounts.tokens.AccessTokens;
import dev.katib.letters.DraftingRequests;
import dev.katib.letters.LetterFixtures;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestDatabase;

/**
 * What a page of the letters list costs through the API: 3,000 letters in one organisation, pages of 20
 * read by 8 clients at once, plain and with a search. Prints p50/p95 latency and requests per second; the
 * goal is p50 under 10 ms and at least 400 requests/s. Not a test; run it with
 *
 * <pre>
 * ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.bench.LetterListBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class LetterListBenchmark {

	private static final int LETTERS = 3000;
	private static final int CLIENTS = 8;
	private static final int WARM_UP = 400;
	private static final int REQUESTS_PER_CLIENT = 500;

	private LetterListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		TestDatabase database = TestDatabase.get();
		ConfigurableApplicationContext app = SpringApplication.run(KatibApplication.class, "--server.port=0",
				"--katib.database.url=" + database.url(), "--katib.database.user=postgres",
				"--katib.database.data-dir=" + Files.createTempDirectory("katib-bench"),
				"--katib.accounts.bootstrap.organisation=Benchmark",
				"--katib.accounts.bootstrap.email=bench-owner@example.org",
				"--katib.accounts.bootstrap.password=benchmark lantern quietly 7781", "--katib.rate-limit.enabled=false",
				"--logging.level.root=WARN");
		try {
			TestAccounts accounts = new TestAccounts(app.getBean(Organisations.class), app.getBean(Members.class),
					app.getBean(AccessTokens.class), app.getBean(PasswordEncoder.class), app.getBean(Clock.class));
			TestAccounts.TestOrganisation organisation = accounts.organisation();
			seed(new LetterFixtures(app), organisation.tenantId(), organisation.owner().memberId());
			String bearer = accounts.bearer(organisation.owner());
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String base = "http://localhost:" + port + "/api/v1/letters?size=20";
			run("GET /api/v1/letters?size=20", URI.create(base), bearer);
			run("GET /api/v1/letters?size=20&q=…", URI.create(base + "&q="
					+ URLEncoder.encode("تقرير", StandardCharsets.UTF_8)), bearer);
		}
		finally {
			app.close();
		}
	}

	private static void seed(LetterFixtures letters, UUID tenantId, UUID writerId) {
		StructuredLetter content = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
			.draft(DraftingRequests.arabic().build())).value().letter();
		long start = System.nanoTime();
		for (int i = 0; i < LETTERS; i++) {
			letters.drafted(tenantId, writerId, "request", content);
		}
		System.out.printf("seeded %d letters in %.1f s%n", LETTERS, (System.nanoTime() - start) / 1e9);
	}

	private static void run(String name, URI uri, String bearer) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", bearer).build();
		for (int i = 0; i < WARM_UP; i++) {
			send(http, request);
		}
		long[] samples = new long[CLIENTS * REQUESTS_PER_CLIENT];
		long start = System.nanoTime();
		try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
			Future<?>[] running = new Future<?>[CLIENTS];
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				running[c] = clients.submit(() -> {
					for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
						long began = System.nanoTime();
						send(http, request);
						samples[client * REQUESTS_PER_CLIENT + i] = System.nanoTime() - began;
					}
				});
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(samples);
		System.out.printf("%s, %d clients: p50 %.2f ms, p95 %.2f ms, %.0f requests/s%n", name, CLIENTS,
				samples[samples.length / 2] / 1e6, samples[(int) (samples.length * 0.95)] / 1e6,
				samples.length / seconds);
	}

	private static void send(HttpClient http, HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("unexpected status " + response.statusCode() + " " + response.body());
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
