package dev.katib.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Google Sheets API that keeps its spreadsheets, over real HTTP for Google's official client: the
 * OAuth token endpoint (the token remembers the service account that signed the assertion), spreadsheets
 * shared with chosen accounts (403 otherwise, 404 for an unknown id), {@code values:batchGet},
 * {@code values/{range}:append} after the last filled row, {@code values:batchUpdate} and
 * {@code values:batchClear}. Values are kept as the text a sheet shows; trailing blanks are not sent,
 * as Google does not send them.
 */
public final class FakeSheets implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern RANGE = Pattern
		.compile("(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]*)(\\d+)(?::([A-Z]*)(\\d*))?");
	private static final Pattern PATH = Pattern.compile("/v4/spreadsheets/([^/:]+)(?:/values(?::(\\w+)|/(.+):append))?");
	private static FakeSheets shared;

	private final HttpServer server;
	private final Map<String, String> tokens = new ConcurrentHashMap<>();
	private final Map<String, Book> books = new ConcurrentHashMap<>();
	private final AtomicInteger requests = new AtomicInteger();

	/** A spreadsheet: its title, who it is shared with, and its sheets' rows by title. */
	public record Book(String title, Set<String> sharedWith, Map<String, List<List<String>>> sheets) {
	}

	private FakeSheets() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", this::handle);
		server.start();
	}

	/** The fake the test application talks to ({@code KATIB_SHEETS_ROOT_URL}). */
	public static synchronized FakeSheets shared() {
		if (shared == null) {
			try {
				shared = new FakeSheets();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return shared;
	}

	public String rootUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	/** A service-account key whose token endpoint is this fake. */
	public String serviceAccountKey(String clientEmail) {
		return FakeGoogle.serviceAccountKey(clientEmail, rootUrl());
	}

	/** Adds a spreadsheet shared with these accounts; each sheet's first row is its header. */
	public void spreadsheet(String id, String title, Set<String> sharedWith, Map<String, List<List<String>>> sheets) {
		Map<String, List<List<String>>> kept = new LinkedHashMap<>();
		sheets.forEach((name, rows) -> kept.put(name, new ArrayList<>(rows.stream().map(r -> (List<String>) new ArrayList<>(r)).toList())));
		books.put(id, new Book(title, Set.copyOf(sharedWith), kept));
	}

	/** A sheet's rows as they are now (row 1 first). */
	public synchronized List<List<String>> rows(String id, String sheet) {
		return books.get(id).sheets().get(sheet).stream().map(List::copyOf).toList();
	}

	/** Changes a cell as a person would in Google Sheets (row and column from 1). */
	public synchronized void edit(String id, String sheet, int row, int column, String value) {
		write(books.get(id).sheets().get(sheet), row, column, List.of(value));
	}

	public int requests() {
		return requests.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			requests.incrementAndGet();
			String path = exchange.getRequestURI().getRawPath();
			byte[] body = exchange.getRequestBody().readAllBytes();
			if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
				// Google's clients compress what they send
				body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
			}
			if (path.equals("/token")) {
				String assertion = form(new String(body, StandardCharsets.UTF_8)).get("assertion");
				String token = "ya29." + java.util.UUID.randomUUID();
				tokens.put(token, issuer(assertion));
				reply(exchange, 200, Map.of("access_token", token, "expires_in", 3600, "token_type", "Bearer"));
				return;
			}
			String auth = exchange.getRequestHeaders().getFirst("Authorization");
			String account = auth == null ? null : tokens.get(auth.replaceFirst("^Bearer ", ""));
			Matcher matched = PATH.matcher(path);
			if (account == null) {
				error(exchange, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
			}
			else if (!matched.matches() || !books.containsKey(matched.group(1))) {
				error(exchange, 404, "NOT_FOUND", "Requested entity was not found.");
			}
			else if (!books.get(matched.group(1)).sharedWith().contains(account)) {
				error(exchange, 403, "PERMISSION_DENIED", "The caller does not have permission");
			}
			else {
				try {
					synchronized (this) {
						answer(exchange, books.get(matched.group(1)), matched, body);
					}
				}
				catch (IllegalArgumentException ex) {
					error(exchange, 400, "INVALID_ARGUMENT", ex.getMessage());
				}
			}
		}
	}

	private void answer(HttpExchange exchange, Book book, Matcher path, byte[] body) throws IOException {
		String action = path.group(2);
		if (path.group(3) != null) {
			JsonNode values = JSON.readTree(body).path("values");
			Matcher range = range(URLDecoder.decode(path.group(3), StandardCharsets.UTF_8));
			List<List<String>> rows = sheet(book, range);
			int first = lastFilled(rows) + 1;
			int row = first;
			for (JsonNode cells : values) {
				write(rows, row++, 1, cells(cells));
			}
			reply(exchange, 200, Map.of("updates", Map.of("updatedRange", quoted(title(range)) + "!A" + first + ":Z" + (row - 1),
					"updatedRows", row - first)));
		}
		else if (action == null) {
			List<Object> sheets = new ArrayList<>();
			book.sheets().forEach((title, rows) -> sheets.add(Map.of("properties", Map.of("sheetId", sheets.size() * 7,
					"title", title, "index", sheets.size(),
					"gridProperties", Map.of("rowCount", Math.max(1000, rows.size()), "columnCount", 26)))));
			reply(exchange, 200, Map.of("properties", Map.of("title", book.title()), "sheets", sheets));
		}
		else if (action.equals("batchGet")) {
			List<Object> ranges = new ArrayList<>();
			for (String asked : query(exchange.getRequestURI().getRawQuery(), "ranges")) {
				Matcher range = range(asked);
				List<List<String>> rows = sheet(book, range);
				int from = Integer.parseInt(range.group(4));
				int to = range.group(6) == null || range.group(6).isEmpty() ? from : Integer.parseInt(range.group(6));
				List<List<String>> values = new ArrayList<>();
				for (int r = from; r <= Math.min(to, rows.size()); r++) {
					values.add(trimmed(rows.get(r - 1)));
				}
				while (!values.isEmpty() && values.getLast().isEmpty()) {
					values.removeLast();
				}
				ranges.add(values.isEmpty() ? Map.of("range", asked) : Map.of("range", asked, "values", values));
			}
			reply(exchange, 200, Map.of("valueRanges", ranges));
		}
		else if (action.equals("batchUpdate")) {
			for (JsonNode data : JSON.readTree(body).path("data")) {
				Matcher range = range(data.path("range").asString());
				int row = Integer.parseInt(range.group(4));
				for (JsonNode cells : data.path("values")) {
					write(sheet(book, range), row++, 1, cells(cells));
				}
			}
			reply(exchange, 200, Map.of("totalUpdatedRows", 1));
		}
		else if (action.equals("batchClear")) {
			for (JsonNode asked : JSON.readTree(body).path("ranges")) {
				Matcher range = range(asked.asString());
				List<List<String>> rows = sheet(book, range);
				int row = Integer.parseInt(range.group(4));
				if (row <= rows.size()) {
					rows.set(row - 1, new ArrayList<>());
				}
			}
			reply(exchange, 200, Map.of("clearedRanges", List.of()));
		}
		else {
			error(exchange, 404, "NOT_FOUND", "Unknown method " + action);
		}
	}

	private static Matcher range(String a1) {
		Matcher range = RANGE.matcher(a1);
		if (!range.matches()) {
			throw new IllegalArgumentException("Unable to parse range: " + a1);
		}
		return range;
	}

	private static String title(Matcher range) {
		return range.group(1) != null ? range.group(1).replace("''", "'") : range.group(2);
	}

	private static List<List<String>> sheet(Book book, Matcher range) {
		List<List<String>> rows = book.sheets().get(title(range));
		if (rows == null) {
			throw new IllegalArgumentException("Unable to parse range: " + range.group());
		}
		return rows;
	}

	private static void write(List<List<String>> rows, int row, int column, List<String> values) {
		while (rows.size() < row) {
			rows.add(new ArrayList<>());
		}
		List<String> cells = new ArrayList<>(rows.get(row - 1));
		for (int i = 0; i < values.size(); i++) {
			while (cells.size() < column + i) {
				cells.add("");
			}
			cells.set(column - 1 + i, values.get(i));
		}
		rows.set(row - 1, cells);
	}

	private static int lastFilled(List<List<String>> rows) {
		for (int r = rows.size(); r > 0; r--) {
			if (!trimmed(rows.get(r - 1)).isEmpty()) {
				return r;
			}
		}
		return 0;
	}

	private static List<String> trimmed(List<String> cells) {
		List<String> kept = new ArrayList<>(cells);
		while (!kept.isEmpty() && kept.getLast().isEmpty()) {
			kept.removeLast();
		}
		return kept;
	}

	private static List<String> cells(JsonNode cells) {
		List<String> values = new ArrayList<>();
		for (JsonNode cell : cells) {
			values.add(cell.isBoolean() ? (cell.asBoolean() ? "TRUE" : "FALSE") : cell.isNull() ? "" : cell.asString());
		}
		return values;
	}

	private static String quoted(String title) {
		return "'" + title.replace("'", "''") + "'";
	}

	private static String issuer(String assertion) {
		String payload = new String(Base64.getUrlDecoder().decode(assertion.split("\\.")[1]), StandardCharsets.UTF_8);
		return JSON.readTree(payload).path("iss").asString();
	}

	private static Map<String, String> form(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] kv = pair.split("=", 2);
			fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
					kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
		}
		return fields;
	}

	private static List<String> query(String raw, String name) {
		List<String> values = new ArrayList<>();
		for (String pair : raw == null ? new String[0] : raw.split("&")) {
			String[] kv = pair.split("=", 2);
			if (kv[0].equals(name) && kv.length > 1) {
				values.add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	private static void error(HttpExchange exchange, int status, String reason, String message) throws IOException {
		reply(exchange, status, Map.of("error", Map.of("code", status, "message", message, "status", reason)));
	}

	private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
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
