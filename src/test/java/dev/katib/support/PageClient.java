package dev.katib.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for page tests: one member's session, GETs and form POSTs that carry the CSRF
 * token of the last page read, and redirects left for the test to see.
 */
public final class PageClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();
	private final String baseUrl;
	private final String cookie;
	private String csrf = "";

	public PageClient(String baseUrl, TestAccounts accounts, TestAccounts.Account account) {
		this.baseUrl = baseUrl;
		this.cookie = accounts.sessionCookie(baseUrl, account);
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Cookie", cookie));
		Matcher token = CSRF.matcher(page.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return page;
	}

	/** Posts an encoded form ({@code a=1&b=2}) with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, String form) {
		return post(path, form, "text/html,application/xhtml+xml,*/*;q=0.8");
	}

	/** Posts these fields, each encoded, with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		return post(path, fields.entrySet().stream()
			.map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
			.collect(Collectors.joining("&")));
	}

	/** Posts a form as a script does that asks for another kind of answer ({@code text/event-stream}, say). */
	public HttpResponse<String> post(String path, String form, String accept) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", accept)
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + (form.isEmpty() ? "" : "&") + "_csrf=" + csrf)));
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
