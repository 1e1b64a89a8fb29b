package dev.katib.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.KatibApplication;
import dev.katib.accounts.Role;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.Organisations;
import dev.katib.accounts.tokens.AccessTokens;
import dev.katib.letters.content.LetterJson;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestDatabase;

/**
 * What Katib adds around the model when it drafts a letter, end to end: the time from a client's
 * {@code POST /api/v1/letters} to the first byte of the draft on its {@code /draft/stream}, minus the time the fake
 * model itself waits before its first token, at 1 and 32 drafts at once. The work inside (prompt assembly,
 * reading and validating the answer) is measured by {@link DraftingWorkBenchmark}. Not a test; run it with
 *
 * <pre>
 * ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.bench.DraftingBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class DraftingBenchmark {

	private static final Duration MODEL_FIRST_TOKEN = Duration.ofMillis(250);
	private static final int WARM_UP = 5;
	private static final int SERIAL = 30;
	private static final int CONCURRENT = 32;
	private static final int CONCURRENT_ROUNDS = 3;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DraftingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		endToEnd();
	}

	private static void endToEnd() throws Exception {
		TestDatabase database = TestDatabase.get();
		try (FakeModelServer model = FakeModelServer.start()) {
			ConfigurableApplicationContext app = SpringApplication.run(KatibApplication.class, "--server.port=0",
					"--katib.database.url=" + database.url(), "--katib.database.user=postgres",
					"--katib.database.data-dir=" + Files.createTempDirectory("katib-bench"),
					"--katib.accounts.bootstrap.organisation=Benchmark",
					"--katib.accounts.bootstrap.email=bench-drafting@example.org",
					"--katib.accounts.bootstrap.password=benchmark lantern quietly 7781", "--katib.ai.provider=openai",
					"--katib.ai.base-url=" + model.baseUrl(), "--katib.ai.api-key=bench", "--katib.ai.model=fake-model",
					"--katib.rate-limit.enabled=false", "--logging.level.root=WARN");
			try {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				var accounts = new TestAccounts(app.getBean(Organisations.class), app.getBean(Members.class),
						app.getBean(AccessTokens.class), app.getBean(PasswordEncoder.class), app.getBean(Clock.class));
				var organisation = accounts.organisation();
				var writer = accounts.member(organisation, Role.WRITER);
				String bearer = accounts.bearer(writer);
				HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
				String name = JSON.readTree(http.send(HttpRequest.newBuilder(uri(port, "/api/v1/me"))
					.header("Authorization", bearer)
					.build(), HttpResponse.BodyHandlers.ofString()).body()).path("name").asString();
				String answer = LetterJson.writeForModel(DraftingWorkBenchmark.answerLetter(DraftingWorkBenchmark.request(name)));

				for (int i = 0; i < WARM_UP; i++) {
					model.enqueue(reply(answer));
					firstByte(http, port, bearer);
				}
				long[] serial = new long[SERIAL];
				for (int i = 0; i < SERIAL; i++) {
					model.enqueue(reply(answer));
					serial[i] = firstByte(http, port, bearer) - MODEL_FIRST_TOKEN.toNanos();
				}
				report("added to first byte, 1 draft", serial);

				long[] concurrent = new long[CONCURRENT * CONCURRENT_ROUNDS];
				try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
					for (int round = 0; round < CONCURRENT_ROUNDS; round++) {
						List<Future<Long>> drafts = new ArrayList<>();
						for (int i = 0; i < CONCURRENT; i++) {
							model.enqueue(reply(answer));
						}
						for (int i = 0; i < CONCURRENT; i++) {
							drafts.add(clients.submit(() -> firstByte(http, port, bearer)));
						}
						for (int i = 0; i < CONCURRENT; i++) {
							concurrent[round * CONCURRENT + i] = drafts.get(i).get() - MODEL_FIRST_TOKEN.toNanos();
						}
					}
				}
				report("added to first byte, 32 drafts", concurrent);
				System.out.printf("model requests served by the fake: %d%n", model.requests().size());
			}
			finally {
				app.close();
			}
		}
	}

	/** Nanoseconds from sending the POST to reading the first chunk of the draft on its stream. */
	private static long firstByte(HttpClient http, int port, String bearer) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/letters"))
			.header("Authorization", bearer)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("drafting was refused: " + created.statusCode() + " " + created.body());
		}
		String id = JSON.readTree(created.body()).path("id").asString();
		HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(uri(port,
				"/api/v1/letters/" + id + "/draft/stream"))
			.header("Authorization", bearer)
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofLines());
		long first = 0;
		String event = "";
		Iterator<String> lines = stream.body().iterator();
		while (lines.hasNext()) {
			String line = lines.next();
			if (line.startsWith("event:")) {
				event = line.substring(6).strip();
			}
			else if (line.startsWith("data:") && first == 0 && (event.equals("chunk") || event.equals("version"))) {
				first = System.nanoTime() - start;
			}
			else if (line.startsWith("data:") && event.equals("failed")) {
				throw new IllegalStateException("drafting failed: " + line);
			}
		}
		return first;
	}

	private static Reply reply(String answer) {
		return Reply.answer(answer).usage(1200, 400).firstTokenAfter(MODEL_FIRST_TOKEN);
	}

	private static String body() {
		return JSON.writeValueAsString(java.util.Map.of("category", "request", "language", "ar", "recipient",
				java.util.Map.of("honorific", "saada", "jobTitle", "مدير إدارة الموارد البشرية", "gender", "MALE",
						"organisation", "وزارة التعليم"),
				"request", DraftingWorkBenchmark.REQUEST));
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static void report(String what, long[] samples) {
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		System.out.printf("%-34s median %9.3f ms   p90 %9.3f ms   p99 %9.3f ms   (n=%d)%n", what,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6,
				sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6, sorted.length);
	}
}
