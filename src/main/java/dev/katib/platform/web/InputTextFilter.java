package dev.katib.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.katib.platform.ProblemType;
import dev.katib.platform.StorableText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the parameters of every request before anything else does, and refuses those no store could
 * keep: query parameters and form fields whose percent-encoding does not decode, multipart bodies
 * without a readable boundary (400 {@code malformed-request}), and names, values and file names
 * holding a NUL character or an unpaired surrogate (400 {@code validation-failed} naming the field).
 * It runs before Spring Security, whose sign-in form reads parameters too. JSON bodies are checked
 * by {@link JsonTextAdvice}, once the caller's permission has been.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
class InputTextFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = refusal(request);
		if (refusal != null) {
			refuse(request, response, refusal);
			return;
		}
		chain.doFilter(request, response);
	}

	private record Refusal(ProblemType type, String detail, Map<String, Object> properties) {

		static Refusal field(String field, String message) {
			return new Refusal(ProblemType.VALIDATION_FAILED, "The request has invalid fields.",
					Map.of("errors", List.of(Map.of("field", StorableText.printable(field), "message", message))));
		}
	}

	private static @Nullable Refusal refusal(HttpServletRequest request) {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		Map<String, String[]> parameters;
		try {
			if (multipart) {
				for (Part part : request.getParts()) {
					String fileName = part.getSubmittedFileName();
					String flaw = fileName == null ? null : StorableText.flaw(fileName);
					if (flaw != null) {
						return Refusal.field(part.getName(), "file name " + flaw);
					}
				}
			}
			parameters = request.getParameterMap();
		}
		catch (InvalidFileNameException ex) {
			// Tomcat refuses a file name with a NUL character while it parses, before the part's name is known
			return Refusal.field("filename", "must not contain a NUL character");
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			return tooLarge(ex) ? new Refusal(ProblemType.PAYLOAD_TOO_LARGE,
					"The upload is larger than this server accepts.", Map.of())
					: new Refusal(ProblemType.MALFORMED_REQUEST, multipart
							? "The multipart body has no readable boundary or parts."
							: "A parameter is not valid percent-encoded UTF-8.", Map.of());
		}
		for (var parameter : parameters.entrySet()) {
			String flaw = StorableText.flaw(parameter.getKey());
			for (String value : parameter.getValue()) {
				flaw = flaw != null ? flaw : StorableText.flaw(value);
			}
			if (flaw != null) {
				return Refusal.field(parameter.getKey(), flaw);
			}
		}
		return null;
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| cause.getClass().getSimpleName().contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
			throws IOException {
		if (!Problems.isApi(request)) {
			response.sendError(refusal.type().status().value());
			return;
		}
		var problem = Problems.of(refusal.type(), refusal.detail(), request, refusal.properties());
		response.setStatus(refusal.type().status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), ProblemBody.of(problem));
	}
}
