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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

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
 * What a page of the letters list costs through the API: 3,000 letters in one organisation, pages of 20, plain
 * and with a search, read by one client, then by 8 clients at once in this JVM, then, when {@code wrk} is on the
 * PATH, by 8 connections of {@code wrk} from outside the JVM (whose own cost is far below a Java client's). Prints
 * p50/p95 latency and requests per second; the goal is p50 under 10 ms and at least 400 requests/s. Not a test;
 * run it with
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
	private static final List<String> CITIES = List.of("الرياض", "جدة", "مكة", "المدينة", "الدمام", "الخبر", "الطائف",
			"تبوك", "بريدة", "عنيزة", "حائل", "أبها", "خميس مشيط", "نجران", "جازان", "الباحة", "الجوف", "عرعر",
			"سكاكا", "القطيف", "الجبيل", "ينبع", "الأحساء", "القريات", "الرس", "المجمعة", "الخرج", "بيشة", "صبيا",
			"رابغ");

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
			CpuClock cpu = new CpuClock(app.getBean(DataSource.class));
			run("GET /api/v1/letters?size=20", URI.create(base), bearer, cpu);
			run("GET /api/v1/letters?size=20&q=<a city, in 100 letters>", URI.create(base + "&q="
					+ URLEncoder.encode("بريدة", StandardCharsets.UTF_8)), bearer, cpu);
			run("GET /api/v1/letters?size=20&q=<a word in every letter>", URI.create(base + "&q="
					+ URLEncoder.encode("تقرير", StandardCharsets.UTF_8)), bearer, cpu);
		}
		finally {
			app.close();
		}
	}

	/**
	 * 3,000 letters, each about the training of one of 30 cities' students, so that a search for a city finds a
	 * hundred of them, as a search in an office finds a few letters among many.
	 */
	private static void seed(LetterFixtures letters, UUID tenantId, UUID writerId) {
		StructuredLetter content = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
			.draft(DraftingRequests.arabic().build())).value().letter();
		long start = System.nanoTime();
		for (int i = 0; i < LETTERS; i++) {
			String city = CITIES.get(i % CITIES.size());
			letters.drafted(tenantId, writerId, "request", new StructuredLetter(content.language(), content.basmala(),
					content.subject() + " في " + city, content.addressee(), content.greeting(), content.paragraphs(),
					content.closing(), content.signature()));
		}
		System.out.printf("seeded %d letters in %.1f s%n", LETTERS, (System.nanoTime() - start) / 1e9);
	}

	private static void run(String name, URI uri, String bearer, CpuClock cpu) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", bearer).build();
		for (int i = 0; i < WARM_UP; i++) {
			send(http, request);
		}
		long[] alone = new long[REQUESTS_PER_CLIENT];
		for (int i = 0; i < alone.length; i++) {
			long began = System.nanoTime();
			send(http, request);
			alone[i] = System.nanoTime() - began;
		}
		Arrays.sort(alone);
		System.out.printf("%s, 1 client: p50 %.2f ms, p95 %.2f ms%n", name, alone[alone.length / 2] / 1e6,
				alone[(int) (alone.length * 0.95)] / 1e6);
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
		fromOutside(name, uri, bearer, cpu);
	}

	/**
	 * 8 connections of wrk for 15 s, when wrk is installed: the load comes from another process. Also prints the
	 * processor time each request took in Katib's JVM and in its PostgreSQL backends, which, unlike the rate, hardly
	 * moves when other work shares the machine: on an idle machine of n cores the rate is near n seconds divided by
	 * their sum (and wrk's own share).
	 */
	private static void fromOutside(String name, URI uri, String bearer, CpuClock cpu) throws Exception {
		Process wrk;
		try {
			wrk = new ProcessBuilder("wrk", "-t2", "-c" + CLIENTS, "-d15s", "--latency", "-H",
					"Authorization: " + bearer, uri.toASCIIString()).redirectErrorStream(true).start();
		}
		catch (java.io.IOException notInstalled) {
			return;
		}
		CpuClock.Reading before = cpu.read();
		String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		CpuClock.Reading spent = cpu.read().minus(before);
		String p50 = report.replaceAll("(?s).*\\n\\s+50%\\s+(\\S+).*", "$1");
		String p90 = report.replaceAll("(?s).*\\n\\s+90%\\s+(\\S+).*", "$1");
		String rate = report.replaceAll("(?s).*Requests/sec:\\s+(\\S+).*", "$1");
		String failures = report.contains("Non-2xx") ? " (" + report.replaceAll("(?s).*(Non-2xx[^\\n]*).*", "$1") + ")"
				: "";
		System.out.printf("%s, %d connections of wrk: p50 %s, p90 %s, %s requests/s%s%n", name, CLIENTS, p50, p90, rate,
				failures);
		long requests = Long.parseLong(report.replaceAll("(?s).*\\n\\s*(\\d+) requests in.*", "$1"));
		System.out.printf("%s, processor time per request: Java %.2f ms, PostgreSQL %.2f ms%n", name,
				spent.javaNanos() / 1e6 / requests, spent.databaseNanos() / 1e6 / requests);
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
