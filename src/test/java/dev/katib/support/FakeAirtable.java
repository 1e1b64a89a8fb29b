package dev.katib.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A protocol-faithful Airtable for the tests, over real HTTP on a random port: personal access tokens
 * per base, the Meta API, records listed by page with {@code offset} and every list parameter,
 * writes of at most 10 records (422 beyond), upsert on {@code performUpsert.fieldsToMergeOn}, typecast,
 * field types checked, and 5 requests per second per base (a bucket of five refilled five times a
 * second) and 50 per token: over it, a 429, and every request to that base is refused for the
 * penalty (30 s in Airtable, shortened here). Webhooks carry no record data: their payloads are read
 * by cursor, and each notification is signed with the webhook's MAC secret.
 */
public final class FakeAirtable implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	private static FakeAirtable shared;

	private final HttpServer server;
	private final Duration penalty;
	private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();
	final Map<String, FakeBase> bases = new ConcurrentHashMap<>();
	private final Map<String, Limit> tokenLimits = new ConcurrentHashMap<>();
	private final HttpClient notifier = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private volatile String notificationOrigin;

	private FakeAirtable(Duration penalty) throws IOException {
		this.penalty = penalty;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", this::handle);
		server.start();
	}

	/** A fake with this penalty after a 429. */
	public static FakeAirtable start(Duration penalty) {
		try {
			return new FakeAirtable(penalty);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The fake the test application talks to ({@code KATIB_AIRTABLE_API_URL}), with a one-second penalty. */
	public static synchronized FakeAirtable shared() {
		if (shared == null) {
			shared = start(Duration.ofSeconds(1));
		}
		return shared;
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public Duration penalty() {
		return penalty;
	}

	/** A new base with a table of these fields; returns the base. */
	public FakeBase base(String name) {
		FakeBase base = new FakeBase(id("app"), name, this);
		bases.put(base.id, base);
		return base;
	}

	/** A personal access token that reaches these bases, with every scope. */
	public String token(FakeBase... reachable) {
		String token = "pat" + id("") + "." + HexFormat.of().formatHex(RANDOM.generateSeed(16));
		tokens.put(token, new java.util.HashSet<>(java.util.Arrays.stream(reachable).map(b -> b.id).toList()));
		return token;
	}

	/** Lets the token reach one more base. */
	public void grant(String token, FakeBase base) {
		tokens.get(token).add(base.id);
	}

	/** Puts the base under the penalty, as if it had just answered a 429 to someone else. */
	public void penalise(FakeBase base) {
		synchronized (base.limit) {
			base.limit.penaltyUntil = System.nanoTime() + penalty.toNanos();
		}
	}

	/** Webhook notifications go to this origin instead of the notification URL's own (the test server). */
	public void deliverNotificationsTo(String origin) {
		this.notificationOrigin = origin;
	}

	static String id(String prefix) {
		StringBuilder out = new StringBuilder(prefix);
		for (int i = 0; i < 14; i++) {
			out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String auth = exchange.getRequestHeaders().getFirst("Authorization");
			String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : "";
			if (!tokens.containsKey(token)) {
				send(exchange, 401, error("AUTHENTICATION_REQUIRED", "Authentication required"));
				return;
			}
			String path = exchange.getRequestURI().getRawPath();
			String baseId = baseOf(path);
			if (!admit(tokenLimits.computeIfAbsent(token, t -> new Limit(50)), null)
					|| baseId != null && bases.containsKey(baseId) && !admit(bases.get(baseId).limit, bases.get(baseId))) {
				send(exchange, 429, error("RATE_LIMIT_REACHED", "Rate limit exceeded. Please try again later"));
				return;
			}
			if (baseId != null && (!bases.containsKey(baseId) || !tokens.get(token).contains(baseId))) {
				send(exchange, 403, error("INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND",
						"Invalid permissions, or the requested model was not found."));
				return;
			}
			Answer answer = new FakeAirtableRoutes(this, baseId == null ? null : bases.get(baseId), tokens.get(token))
				.route(exchange.getRequestMethod(), path, query(exchange.getRequestURI().getRawQuery()),
						exchange.getRequestBody().readAllBytes());
			send(exchange, answer.status(), answer.body());
		}
		catch (RuntimeException ex) {
			send(exchange, 500, error("SERVER_ERROR", String.valueOf(ex.getMessage())));
		}
	}

	private static String baseOf(String path) {
		Matcher m = Pattern.compile("^/v0/(?:meta/bases/|bases/)?(app[A-Za-z0-9]+)").matcher(path);
		return m.find() ? m.group(1) : null;
	}

	/** An answer of the fake: a status and a JSON body. */
	record Answer(int status, Object body) {
	}

	static Map<String, Object> error(String type, String message) {
		return Map.of("error", Map.of("type", type, "message", message));
	}

	private boolean admit(Limit limit, FakeBase base) {
		long now = System.nanoTime();
		synchronized (limit) {
			if (base != null) {
				base.arrivals.add(now);
			}
			if (now < limit.penaltyUntil) {
				limit.rejected++;
				return false;
			}
			limit.tokens = Math.min(limit.capacity, limit.tokens + (now - limit.last) * limit.capacity / 1e9);
			limit.last = now;
			if (limit.tokens >= 1) {
				limit.tokens -= 1;
				return true;
			}
			limit.rejected++;
			limit.penaltyUntil = now + penalty.toNanos();
			return false;
		}
	}

	/** A token bucket of Airtable's limit, with its penalty. */
	static final class Limit {

		final int capacity;
		double tokens;
		long last = System.nanoTime();
		long penaltyUntil;
		int rejected;

		Limit(int capacity) {
			this.capacity = capacity;
			this.tokens = capacity;
		}
	}

	private static Map<String, List<String>> query(String raw) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (raw == null) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
		}
		return query;
	}

	private static void send(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** Tells the base's webhooks that new payloads wait, as Airtable does, signed with each one's secret. */
	void notifyWebhooks(FakeBase base) {
		for (FakeBase.Webhook webhook : base.webhooks.values()) {
			String body = JSON.writeValueAsString(Map.of("base", Map.of("id", base.id), "webhook",
					Map.of("id", webhook.id), "timestamp", Instant.now().toString()));
			URI target = URI.create(webhook.notificationUrl);
			if (notificationOrigin != null) {
				target = URI.create(notificationOrigin + target.getRawPath());
			}
			HttpRequest request = HttpRequest.newBuilder(target)
				.header("Content-Type", "application/json")
				.header("X-Airtable-Content-MAC", "hmac-sha256=" + mac(webhook.macSecret, body))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			notifier.sendAsync(request, HttpResponse.BodyHandlers.discarding());
		}
	}

	static String mac(byte[] secret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** The arrival times (nanoseconds) of every request to a base, admitted or refused. */
	public static List<Long> arrivals(FakeBase base) {
		return List.copyOf(base.arrivals);
	}

	static <T> List<T> concurrentList() {
		return new CopyOnWriteArrayList<>();
	}
}
