package dev.katib.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.katib.KatibApplication;
import dev.katib.support.TestDatabase;

/**
 * What authenticating an API request costs: the extra latency of a request carrying an access token (JWT
 * verification, the revocation check and the per-request member lookup) over the same request without one. The
 * cost of a password is measured by {@code PasswordHashingBenchmark} (JMH). Not a test; run it with
 *
 * <pre>
 * ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.bench.AccountsBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class AccountsBenchmark {

	private static final String EMAIL = "bench-owner@example.org";
	private static final String PASSWORD = "benchmark lantern quietly 7781";
	private static final int WARM_UP = 500;
	private static final int REQUESTS = 3000;

	private AccountsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		TestDatabase database = TestDatabase.get();
		ConfigurableApplicationContext app = SpringApplication.run(KatibApplication.class, "--server.port=0",
				"--katib.database.url=" + database.url(), "--katib.database.user=postgres",
				"--katib.database.data-dir=" + Files.createTempDirectory("katib-bench"),
				"--katib.accounts.bootstrap.organisation=Benchmark", "--katib.accounts.bootstrap.email=" + EMAIL,
				"--katib.accounts.bootstrap.password=" + PASSWORD, "--logging.level.root=WARN");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			String token = accessToken(http, port);
			URI uri = URI.create("http://localhost:" + port + "/actuator/health/liveness");
			HttpRequest anonymous = HttpRequest.newBuilder(uri).build();
			HttpRequest authenticated = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
			for (int i = 0; i < WARM_UP; i++) {
				send(http, anonymous);
				send(http, authenticated);
			}
			long[] plain = new long[REQUESTS];
			long[] withToken = new long[REQUESTS];
			for (int i = 0; i < REQUESTS; i++) {
				plain[i] = time(() -> send(http, anonymous));
				withToken[i] = time(() -> send(http, authenticated));
			}
			report("request without a token", plain);
			report("request with an access token", withToken);
			System.out.printf("extra latency of authentication (median): %.3f ms%n",
					(median(withToken) - median(plain)) / 1e6);
		}
		finally {
			app.close();
		}
	}

	private static String accessToken(HttpClient http, int port) throws Exception {
		String body = "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}";
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
		}
		return response.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private static void send(HttpClient http, HttpRequest request) {
		try {
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status != 200) {
				throw new IllegalStateException("unexpected status " + status);
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

	private static long time(Runnable action) {
		long start = System.nanoTime();
		action.run();
		return System.nanoTime() - start;
	}

	private static long median(long[] samples) {
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void report(String what, long[] samples) {
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		System.out.printf("%-32s median %8.3f ms   p90 %8.3f ms   (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.9)] / 1e6, sorted.length);
	}
}
