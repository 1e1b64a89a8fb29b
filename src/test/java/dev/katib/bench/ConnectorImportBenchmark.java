package dev.katib.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.KatibApplication;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.TestDatabase;

/**
 * The 1,000-row import into an Airtable table against the bound Airtable's limits set: 1,000 rows in
 * writes of 10 at 5 requests per second take at least 20 s. Katib runs against the fake Airtable with
 * the real 30 s penalty (so a single 429 would show); the figure is the wall time from the import's
 * request to its end, over the bound. Not a test; run it with
 *
 * <pre>
 * ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.bench.ConnectorImportBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ConnectorImportBenchmark {

	private static final String EMAIL = "bench-owner@example.org";
	private static final String PASSWORD = "benchmark lantern quietly 7781";
	private static final int ROWS = 1000;
	private static final int RUNS = 3;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ConnectorImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		FakeAirtable airtable = FakeAirtable.start(Duration.ofSeconds(30));
		TestDatabase database = TestDatabase.get();
		ConfigurableApplicationContext app = SpringApplication.run(KatibApplication.class, "--server.port=0",
				"--katib.database.url=" + database.url(), "--katib.database.user=postgres",
				"--katib.database.data-dir=" + Files.createTempDirectory("katib-bench"),
				"--katib.accounts.bootstrap.organisation=Benchmark", "--katib.accounts.bootstrap.email=" + EMAIL,
				"--katib.accounts.bootstrap.password=" + PASSWORD, "--katib.rate-limit.enabled=false",
				"--katib.connectors.airtable.api-url=" + airtable.url(), "--logging.level.root=WARN");
		try {
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			String token = send(http, base, "POST", "/api/v1/auth/token", null,
					Map.of("email", EMAIL, "password", PASSWORD)).path("access_token").asString();
			List<Double> ratios = new ArrayList<>();
			for (int run = 1; run <= RUNS; run++) {
				FakeBase fake = airtable.base("Benchmark " + run);
				FakeBase.Table table = fake.table("People", FakeBase.field("Email", "email"),
						FakeBase.field("Name", "singleLineText"), FakeBase.field("Amount", "number"));
				String source = send(http, base, "POST", "/api/v1/sources", token,
						Map.of("kind", "AIRTABLE", "name", "Bench " + run, "token", airtable.token(fake))).path("id").asString();
				String path = "/api/v1/sources/" + source + "/bases/" + fake.id + "/tables/" + table.id;
				send(http, base, "GET", path, token, null);
				List<List<Object>> rows = new ArrayList<>();
				for (int i = 0; i < ROWS; i++) {
					rows.add(List.of("row" + i + "@example.org", "الصف " + i, new BigDecimal(i)));
				}
				long start = System.nanoTime();
				String id = send(http, base, "POST", path + "/imports", token,
						Map.of("header", List.of("Email", "Name", "Amount"), "rows", rows, "upsertKey", List.of("Email")))
					.path("id").asString();
				JsonNode progress;
				do {
					Thread.sleep(20);
					progress = send(http, base, "GET", "/api/v1/sources/imports/" + id, token, null);
				}
				while (!progress.path("status").asString().equals("DONE") && !progress.path("status").asString().equals("FAILED"));
				double seconds = (System.nanoTime() - start) / 1e9;
				double bound = ROWS / 10.0 / 5.0;
				ratios.add(seconds / bound);
				List<Long> arrivals = new ArrayList<>(FakeAirtable.arrivals(fake));
				Collections.sort(arrivals);
				System.out.printf("run %d: %s, %d records, %d requests to the base, %d refused (429), most in any second %d, "
						+ "wall %.2f s, bound %.1f s, ratio %.3f%n", run, progress.path("status").asString(),
						table.recordIds().size(), fake.requests(), fake.rejected(), fake.mostRequestsWithin(Duration.ofSeconds(1)),
						seconds, bound, seconds / bound);
			}
			Collections.sort(ratios);
			System.out.printf("median ratio over %d runs: %.3f (goal: within 1.1)%n", RUNS, ratios.get(RUNS / 2));
		}
		finally {
			app.close();
			airtable.close();
		}
	}

	private static JsonNode send(HttpClient http, String base, String method, String path, String token, Object body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}
}
