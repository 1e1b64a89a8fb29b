package dev.katib.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp Cloud API as far as Katib uses it, over real HTTP: a phone number id with its access token,
 * media uploaded as multipart (kept by id), document messages sent to a number (kept, each with a
 * {@code wamid} id), and status reports posted back to a callback URL signed as Meta signs them
 * ({@code X-Hub-Signature-256}, HMAC-SHA256 of the body under the app's secret).
 */
public final class FakeWhatsApp implements AutoCloseable {

	public static final String VERSION = "v21.0";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;
	private final String phoneNumberId;
	private final String token;
	private final Map<String, byte[]> media = new ConcurrentHashMap<>();
	private final List<Document> documents = new CopyOnWriteArrayList<>();
	private final List<Text> texts = new CopyOnWriteArrayList<>();
	private final AtomicInteger ids = new AtomicInteger();

	/** A document message as WhatsApp took it: to whom, its file and caption. */
	public record Document(String messageId, String to, String fileName, String caption, byte[] content) {
	}

	/** A text message as WhatsApp took it (a signer's digest). */
	public record Text(String messageId, String to, String body) {
	}

	public FakeWhatsApp(String phoneNumberId, String token) throws IOException {
		this.phoneNumberId = phoneNumberId;
		this.token = token;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", this::handle);
		server.start();
	}

	/** The Graph API address with its version, as an organisation configures it. */
	public String apiUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + VERSION;
	}

	public List<Text> texts() {
		return List.copyOf(texts);
	}

	public List<Document> documents() {
		return List.copyOf(documents);
	}

	/** Posts a status report of a message to the callback URL, signed with this secret; answers the HTTP status. */
	public static int report(String callbackUrl, String appSecret, String messageId, String status, long epochSecond)
			throws IOException, InterruptedException {
		byte[] body = JSON.writeValueAsBytes(Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of("id",
				"WABA", "changes", List.of(Map.of("field", "messages", "value", Map.of("messaging_product", "whatsapp",
						"statuses", List.of(Map.of("id", messageId, "status", status, "timestamp",
								Long.toString(epochSecond), "recipient_id", "966500000001")))))))));
		HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl))
			.header("Content-Type", "application/json")
			.header("X-Hub-Signature-256", "sha256=" + hmac(appSecret, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
	}

	static String hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String path = exchange.getRequestURI().getPath();
			String prefix = "/" + VERSION + "/" + phoneNumberId;
			if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				reply(exchange, 401, Map.of("error", Map.of("message", "Invalid OAuth access token.", "code", 190)));
			}
			else if (path.equals(prefix + "/media")) {
				byte[] file = filePart(body, exchange.getRequestHeaders().getFirst("Content-Type"));
				String id = "media-" + ids.incrementAndGet();
				media.put(id, file);
				reply(exchange, 200, Map.of("id", id));
			}
			else if (path.equals(prefix + "/messages")) {
				JsonNode message = JSON.readTree(body);
				if ("text".equals(message.path("type").asString()) && !message.path("text").path("body").asString("").isEmpty()) {
					String id = "wamid." + java.util.UUID.randomUUID();
					texts.add(new Text(id, message.path("to").asString(), message.path("text").path("body").asString()));
					reply(exchange, 200, Map.of("messaging_product", "whatsapp", "messages", List.of(Map.of("id", id))));
					return;
				}
				JsonNode document = message.path("document");
				byte[] file = media.get(document.path("id").asString(""));
				if (!"document".equals(message.path("type").asString()) || file == null) {
					reply(exchange, 400, Map.of("error", Map.of("message", "(#100) Invalid parameter", "code", 100)));
					return;
				}
				String id = "wamid." + java.util.UUID.randomUUID();
				documents.add(new Document(id, message.path("to").asString(), document.path("filename").asString(),
						document.path("caption").asString(), file));
				reply(exchange, 200, Map.of("messaging_product", "whatsapp", "messages", List.of(Map.of("id", id))));
			}
			else {
				reply(exchange, 404, Map.of("error", Map.of("message", "Unknown path", "code", 803)));
			}
		}
	}

	/** The bytes of the multipart part named {@code file}. */
	private static byte[] filePart(byte[] body, String contentType) {
		String boundary = "--" + contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
		String text = new String(body, StandardCharsets.ISO_8859_1);
		for (String part : text.split(java.util.regex.Pattern.quote(boundary))) {
			int headersEnd = part.indexOf("\r\n\r\n");
			if (headersEnd > 0 && part.substring(0, headersEnd).contains("name=\"file\"")) {
				String content = part.substring(headersEnd + 4, part.length() - 2);
				return content.getBytes(StandardCharsets.ISO_8859_1);
			}
		}
		throw new IllegalArgumentException("no file part");
	}

	private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
