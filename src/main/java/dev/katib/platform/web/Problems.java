package dev.katib.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ProblemDetail;

import dev.katib.platform.ProblemType;

/** Builds the problem details every error answer of the API shares. */
final class Problems {

	private Problems() {
	}

	static ProblemDetail of(ProblemType type, String detail, HttpServletRequest request) {
		return of(type, detail, request, Map.of());
	}

	static ProblemDetail of(ProblemType type, String detail, HttpServletRequest request,
			Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		problem.setInstance(java.net.URI.create(pathOf(request)));
		properties.forEach(problem::setProperty);
		Object requestId = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = pathOf(request);
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs")
				|| path.startsWith("/actuator") || path.equals("/mcp") || path.startsWith("/mcp/");
	}

	static String pathOf(HttpServletRequest request) {
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String s ? s : request.getRequestURI();
		String context = request.getContextPath();
		String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
		// the instance member is a URI reference; keep it safe to parse whatever the client sent
		return path.replaceAll("[^A-Za-z0-9/._~\\-]", "_");
	}
}
