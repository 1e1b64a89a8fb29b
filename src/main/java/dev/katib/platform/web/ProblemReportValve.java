package dev.katib.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

import dev.katib.platform.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the errors Tomcat finds before the application sees a request (an over-long request line,
 * malformed percent-encoding or overlong UTF-8 in the path, an encoded slash or NUL, a header that
 * does not parse) as every other error is answered: a problem detail for the API and a plain error
 * page for browsers, both with a request id, never Tomcat's own page.
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String requestId = RequestIdFilter.offeredOrNew(request.getHeader(RequestIdFilter.HEADER));
		String path = pathOf(request);
		String instance = path == null ? "/" : path;
		try {
			response.setHeader(RequestIdFilter.HEADER, requestId);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (path == null || isApi(path) || asksForJson(request)) {
				writeProblem(response, status, instance, requestId);
			}
			else {
				writePage(response, status, requestId);
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the response committed: nothing more can be said
		}
	}

	private static void writeProblem(Response response, int status, String path, String requestId)
			throws IOException {
		ProblemType type = ProblemType.forStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("type", type.uri().toString());
		body.put("title", type.title());
		body.put("status", status);
		body.put("detail", status == 400 ? "The request line, its address or a header is malformed."
				: status >= 500 ? "Something went wrong on our side. Quote the request id when you report it."
						: type.title() + ".");
		body.put("instance", path);
		body.put("requestId", requestId);
		try (Writer out = response.getReporter()) {
			if (out != null) {
				out.write(JSON.writeValueAsString(body));
			}
		}
	}

	private static void writePage(Response response, int status, String requestId) throws IOException {
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"UTF-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<link rel=\"stylesheet\" href=\"/css/katib.css\"><title>");
		page.append(text("ar", "error.error.title")).append("</title></head><body><main><section class=\"error-page\">")
			.append("<p class=\"error-status\">").append(status).append("</p>");
		for (String language : new String[] { "ar", "en" }) {
			String dir = language.equals("ar") ? "rtl" : "ltr";
			page.append("<div lang=\"").append(language).append("\" dir=\"").append(dir).append("\"><h1>")
				.append(text(language, "error.error.title")).append("</h1><p>")
				.append(text(language, "error.error.text")).append("</p><p class=\"hint\">")
				.append(text(language, "error.requestId")).append(" <bdi dir=\"ltr\">")
				.append(HtmlUtils.htmlEscape(requestId)).append("</bdi></p></div>");
		}
		page.append("<p><a href=\"/\">").append(text("ar", "error.back")).append("</a></p></section></main></body></html>");
		try (Writer out = response.getReporter()) {
			if (out != null) {
				out.write(page.toString());
			}
		}
	}

	private static String text(String language, String key) {
		return HtmlUtils.htmlEscape(ResourceBundle.getBundle("messages", Locale.forLanguageTag(language)).getString(key));
	}

	/** The path asked for; none when the request line was too broken to read, and so was every header. */
	private static @Nullable String pathOf(Request request) {
		String uri = request.getRequestURI();
		if (uri == null || uri.isEmpty()) {
			return null;
		}
		int query = uri.indexOf('?');
		String path = query >= 0 ? uri.substring(0, query) : uri;
		String safe = path.replaceAll("[^A-Za-z0-9/._~\\-]", "_");
		return safe.length() > 200 ? safe.substring(0, 200) : safe;
	}

	private static boolean isApi(String path) {
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs")
				|| path.startsWith("/actuator") || path.equals("/mcp") || path.startsWith("/mcp/");
	}

	/** Pages answer browsers; a request whose path could not be read gets a problem detail. */
	private static boolean asksForJson(Request request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}
}
