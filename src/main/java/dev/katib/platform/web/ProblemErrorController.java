package dev.katib.platform.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import dev.katib.platform.Pages;
import dev.katib.platform.ProblemType;

/**
 * Where the servlet container sends every error it did not answer itself: a page for browsers, a
 * problem detail for everybody else. Never a stack trace.
 */
@Pages
class ProblemErrorController implements ErrorController {

	private static final Set<Integer> PAGES = Set.of(403, 404, 429, 500);

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		int status = statusOf(request);
		if (Problems.isApi(request)) {
			// an API path still answers as the API does, whatever the client asked for
			ModelAndView problem = new ModelAndView(new ProblemView(problem(request, status)));
			problem.setStatus(HttpStatus.valueOf(status));
			return problem;
		}
		String view = PAGES.contains(status) ? "error/" + status : status >= 500 ? "error/500" : "error/error";
		Object requestId = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		return new ModelAndView(view, requestId == null ? Map.of("status", status)
				: Map.of("status", status, "requestId", requestId), HttpStatus.valueOf(status));
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		int status = statusOf(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(request, status));
	}

	private static ProblemDetail problem(HttpServletRequest request, int status) {
		ProblemType type = ProblemType.forStatus(status);
		String detail = switch (status) {
			case 404 -> "There is nothing at this address.";
			case 413 -> "The request body is larger than this server accepts.";
			default -> status >= 500 ? "Something went wrong on our side. Quote the request id when you report it."
					: type.title() + ".";
		};
		return Problems.of(type, detail, request);
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : 500;
		return HttpStatus.resolve(status) == null ? 500 : status;
	}
}
