package dev.katib.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake OpenAI-compatible chat-completions server for tests: real HTTP on a free local port,
 * answering {@code POST /v1/chat/completions} with the replies a test scripted, in order, and
 * recording every request it received.
 * <p>
 * A scripted {@link Reply#answer answer} is sent as a plain JSON completion or, when the request
 * asks for {@code "stream": true}, as server-sent events in uneven pieces (each event also split
 * across writes) followed by a usage chunk and {@code [DONE]}. Other replies script failures: an
 * HTTP status with an optional {@code Retry-After}, a reply that never comes, a body that is not
 * JSON, a refusal. With nothing scripted the server answers 500.
 *
 * <pre>{@code
 * try (FakeModelServer model = FakeModelServer.start()) {
 *     model.enqueue(Reply.status(429).retryAfter(1), Reply.answer("{\"title\":\"Hi\"}").usage(12, 5));
 *     ... point the gateway at model.baseUrl() ...
 *     assertThat(model.requests().getLast().userMessage()).contains("...");
 * }
 * }</pre>
 */
public final class FakeModelServer implements AutoCloseable {

	public static final String MODEL = "fake-model";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static {
		// send each streamed piece at once, as a real server does, instead of waiting on delayed ACKs
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;
	private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
	private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
	private final CountDownLatch closing = new CountDownLatch(1);
	private volatile Reply otherwise;
	private volatile java.time.Duration latency = java.time.Duration.ZERO;
	private final AtomicInteger answering = new AtomicInteger();
	private final AtomicInteger mostAtOnce = new AtomicInteger();
	private final AtomicLong busyNanos = new AtomicLong();

	private FakeModelServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/v1/chat/completions", this::handle);
		server.start();
	}

	public static FakeModelServer start() {
		try {
			return new FakeModelServer();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the fake model server", ex);
		}
	}

	/** The base URL a client is configured with, {@code /v1} included. */
	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
	}

	/** Adds replies, answered one per request in the order given. */
	public FakeModelServer enqueue(Reply... scripted) {
		Collections.addAll(replies, scripted);
		return this;
	}

	/**
	 * Answers every request that finds no scripted reply with this one, after the latency, as a model that takes
	 * this long over each answer: the model of a load test or a benchmark.
	 */
	public FakeModelServer otherwise(Reply reply, java.time.Duration latency) {
		this.otherwise = reply;
		this.latency = latency;
		return this;
	}

	/** Every request received so far, oldest first. */
	public List<ReceivedRequest> requests() {
		return List.copyOf(received);
	}

	/** The most requests the server answered at once so far. */
	public int mostAtOnce() {
		return mostAtOnce.get();
	}

	/** The time spent answering requests so far, summed over the requests (two at once for a second: two seconds). */
	public java.time.Duration busy() {
		return java.time.Duration.ofNanos(busyNanos.get());
	}

	@Override
	public void close() {
		closing.countDown();
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		long start = System.nanoTime();
		mostAtOnce.accumulateAndGet(answering.incrementAndGet(), Math::max);
		try {
			answer(exchange);
		}
		finally {
			answering.decrementAndGet();
			busyNanos.addAndGet(System.nanoTime() - start);
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
			JsonNode json = JSON.readTree(body);
			received.add(new ReceivedRequest(headers, json));
			Reply reply = replies.poll();
			if (reply == null && otherwise != null) {
				reply = otherwise;
				try {
					Thread.sleep(latency);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			if (reply == null) {
				reply = Reply.status(500);
			}
			reply.send(exchange, json.path("stream").asBoolean(false), closing);
		}
	}

	/** A request the server received. */
	public record ReceivedRequest(Map<String, String> headers, JsonNode body) {

		/** The content of the first message with the given role ({@code system} or {@code user}). */
		public String message(String role) {
			for (JsonNode message : body.path("messages")) {
				if (role.equals(message.path("role").asString())) {
					JsonNode content = message.path("content");
					return content.isString() ? content.asString() : content.toString();
				}
			}
			return "";
		}

		public String systemPrompt() {
			return message("system");
		}

		public String userMessage() {
			return message("user");
		}

		/** The names of the tools the request offered. */
		public List<String> toolNames() {
			List<String> names = new java.util.ArrayList<>();
			body.path("tools").forEach(tool -> names.add(tool.at("/function/name").asString()));
			return names;
		}

		/** The messages of the request with the given role, in order, as JSON. */
		public List<JsonNode> messages(String role) {
			List<JsonNode> found = new java.util.ArrayList<>();
			body.path("messages").forEach(message -> {
				if (role.equals(message.path("role").asString())) {
					found.add(message);
				}
			});
			return found;
		}

		public boolean streamed() {
			return body.path("stream").asBoolean(false);
		}
	}

	/** A tool call a scripted reply makes: its id, the tool's name and the arguments' JSON text. */
	public record ScriptedCall(String id, String name, String arguments) {
	}

	/** One scripted reply. */
	public static final class Reply {

		private enum Kind {
			ANSWER, REFUSAL, STATUS, HANG, NOT_JSON, TOOL_CALLS
		}

		private final Kind kind;
		private final String content;
		private int status = 200;
		private String retryAfter;
		private long inputTokens = 10;
		private long outputTokens = 20;
		private int[] pieces = { 1, 7, 3, 12, 5 };
		private long firstTokenMillis;
		private CountDownLatch gate;
		private List<ScriptedCall> calls = List.of();

		private Reply(Kind kind, String content) {
			this.kind = kind;
			this.content = content;
		}

		/** The model answers with this content (for structured output, the JSON text). */
		public static Reply answer(String content) {
			return new Reply(Kind.ANSWER, content);
		}

		/**
		 * The model asks for these tools, all in one answer (parallel tool calls), with {@code text} before
		 * them (empty for none). Streamed, each call's arguments arrive in two pieces after its id and name.
		 */
		public static Reply toolCalls(String text, ScriptedCall... calls) {
			Reply reply = new Reply(Kind.TOOL_CALLS, text);
			reply.calls = List.of(calls);
			return reply;
		}

		/** The model declines, giving this reason. */
		public static Reply refusal(String reason) {
			return new Reply(Kind.REFUSAL, reason);
		}

		/** The server fails with this status and an OpenAI-style error body. */
		public static Reply status(int status) {
			Reply reply = new Reply(Kind.STATUS, "");
			reply.status = status;
			return reply;
		}

		/** The server accepts the request and never answers, until it is closed. */
		public static Reply hang() {
			return new Reply(Kind.HANG, "");
		}

		/** The server answers 200 with a body that is not JSON. */
		public static Reply notJson() {
			return new Reply(Kind.NOT_JSON, "{\"id\": \"chatcmpl-broken\", \"choices\": [");
		}

		/** Adds a {@code Retry-After} header as an HTTP date. */
		public Reply retryAfterDate(java.time.Instant when) {
			this.retryAfter = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
				.format(when.atZone(java.time.ZoneOffset.UTC));
			return this;
		}

		/** Adds a {@code Retry-After} header in seconds. */
		public Reply retryAfter(long seconds) {
			this.retryAfter = Long.toString(seconds);
			return this;
		}

		/** The token usage reported, in the completion or in the stream's final chunk. */
		public Reply usage(long input, long output) {
			this.inputTokens = input;
			this.outputTokens = output;
			return this;
		}

		/** A streamed answer waits this long before its first piece of content, as a model thinks. */
		public Reply firstTokenAfter(java.time.Duration wait) {
			this.firstTokenMillis = wait.toMillis();
			return this;
		}

		/**
		 * The reply waits until the gate opens (or the server closes) before it is sent, so that a test can
		 * decide what happens while the model is still thinking.
		 */
		public Reply after(CountDownLatch gate) {
			this.gate = gate;
			return this;
		}

		/** The sizes, in characters, of the streamed pieces, repeated until the content is sent. */
		public Reply pieces(int... sizes) {
			this.pieces = sizes.clone();
			return this;
		}

		private void send(HttpExchange exchange, boolean stream, CountDownLatch closing) throws IOException {
			if (gate != null) {
				try {
					while (!gate.await(50, TimeUnit.MILLISECONDS)) {
						if (closing.getCount() == 0) {
							return;
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			switch (kind) {
				case STATUS -> {
					if (retryAfter != null) {
						exchange.getResponseHeaders().set("Retry-After", retryAfter);
					}
					json(exchange, status, Map.of("error", Map.of("message", "scripted failure", "type",
							status == 429 ? "rate_limit_exceeded" : "server_error", "code", status)));
				}
				case HANG -> {
					try {
						closing.await(5, TimeUnit.MINUTES);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				case NOT_JSON -> write(exchange, 200, "application/json", content);
				case ANSWER, REFUSAL, TOOL_CALLS -> {
					if (stream) {
						stream(exchange);
					}
					else {
						json(exchange, 200, completion());
					}
				}
			}
		}

		private Map<String, Object> completion() {
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("role", "assistant");
			message.put("content", kind == Kind.ANSWER ? content : null);
			message.put("refusal", kind == Kind.REFUSAL ? content : null);
			if (kind == Kind.TOOL_CALLS) {
				message.put("content", content.isEmpty() ? null : content);
				message.put("tool_calls", calls.stream().map(call -> Map.of("id", call.id(), "type", "function",
						"function", Map.of("name", call.name(), "arguments", call.arguments()))).toList());
			}
			Map<String, Object> choice = new LinkedHashMap<>();
			choice.put("index", 0);
			choice.put("message", message);
			choice.put("finish_reason", kind == Kind.TOOL_CALLS ? "tool_calls" : "stop");
			choice.put("logprobs", null);
			Map<String, Object> completion = envelope("chat.completion");
			completion.put("choices", List.of(choice));
			completion.put("usage", usage());
			return completion;
		}

		private void stream(HttpExchange exchange) throws IOException {
			exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			String field = kind == Kind.REFUSAL ? "refusal" : "content";
			event(out, chunk(Map.of("role", "assistant", field, ""), null));
			if (firstTokenMillis > 0) {
				try {
					Thread.sleep(firstTokenMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			int position = 0;
			for (int i = 0; position < content.length(); i++) {
				int end = Math.min(content.length(), position + pieces[i % pieces.length]);
				event(out, chunk(Map.of(field, content.substring(position, end)), null));
				position = end;
			}
			for (int index = 0; index < calls.size(); index++) {
				ScriptedCall call = calls.get(index);
				int half = call.arguments().length() / 2;
				event(out, chunk(Map.of("tool_calls", List.of(Map.of("index", index, "id", call.id(), "type", "function",
						"function", Map.of("name", call.name(), "arguments", call.arguments().substring(0, half))))),
						null));
				event(out, chunk(Map.of("tool_calls", List.of(Map.of("index", index, "function",
						Map.of("arguments", call.arguments().substring(half))))), null));
			}
			event(out, chunk(Map.of(), kind == Kind.TOOL_CALLS ? "tool_calls" : "stop"));
			Map<String, Object> last = envelope("chat.completion.chunk");
			last.put("choices", List.of());
			last.put("usage", usage());
			event(out, JSON.writeValueAsString(last));
			event(out, "[DONE]");
		}

		private String chunk(Map<String, Object> delta, String finishReason) {
			Map<String, Object> choice = new LinkedHashMap<>();
			choice.put("index", 0);
			choice.put("delta", delta);
			choice.put("finish_reason", finishReason);
			Map<String, Object> chunk = envelope("chat.completion.chunk");
			chunk.put("choices", List.of(choice));
			return JSON.writeValueAsString(chunk);
		}

		/** Writes one event in two uneven writes, so clients must join what they read. */
		private static void event(OutputStream out, String data) throws IOException {
			byte[] bytes = ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
			int split = Math.max(1, bytes.length / 3);
			out.write(bytes, 0, split);
			out.flush();
			out.write(bytes, split, bytes.length - split);
			out.flush();
		}

		private Map<String, Object> envelope(String object) {
			Map<String, Object> envelope = new LinkedHashMap<>();
			envelope.put("id", "chatcmpl-fake");
			envelope.put("object", object);
			envelope.put("created", 1_800_000_000L);
			envelope.put("model", MODEL);
			return envelope;
		}

		private Map<String, Object> usage() {
			return Map.of("prompt_tokens", inputTokens, "completion_tokens", outputTokens, "total_tokens",
					inputTokens + outputTokens);
		}

		private static void json(HttpExchange exchange, int status, Object body) throws IOException {
			write(exchange, status, "application/json", JSON.writeValueAsString(body));
		}

		private static void write(HttpExchange exchange, int status, String type, String body) throws IOException {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", type);
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
	}

}
