package dev.katib.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Answers every error of the API as an RFC 9457 problem detail with a stable type. Errors of
 * browser pages go on to the error pages instead.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler(KatibException.class)
	@Nullable
	ResponseEntity<Object> katib(KatibException ex, NativeWebRequest request) throws IOException {
		HttpHeaders headers = new HttpHeaders();
		if (ex.retryAfter() != null) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		}
		return answer(ex.type(), ex.getMessage(), ex.properties(), headers, request);
	}

	@ExceptionHandler({ ConstraintViolationException.class })
	@Nullable
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, NativeWebRequest request)
			throws IOException {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList();
		return answer(ProblemType.VALIDATION_FAILED, "The request has invalid fields.", Map.of("errors", errors),
				HttpHeaders.EMPTY, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@Nullable
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, NativeWebRequest request)
			throws IOException {
		var answer = BindingProblems.parameter(ex.getName(), ex.getRequiredType());
		return answer(answer.type(), answer.detail(), answer.properties(), HttpHeaders.EMPTY, request);
	}

	/** A multipart body that does not parse, or a parameter whose percent-encoding does not decode. */
	@ExceptionHandler({ MultipartException.class, InvalidParameterException.class })
	@Nullable
	ResponseEntity<Object> unreadableParameters(Exception ex, NativeWebRequest request) throws IOException {
		return answer(ProblemType.MALFORMED_REQUEST, ex instanceof MultipartException
				? "The multipart body has no readable boundary or parts." : "A parameter is not valid percent-encoded UTF-8.",
				Map.of(), HttpHeaders.EMPTY, request);
	}

	@ExceptionHandler(Exception.class)
	@Nullable
	ResponseEntity<Object> unexpected(Exception ex, NativeWebRequest request) throws IOException {
		log.error("Unexpected error answering {}", Problems.pathOf(servletRequest(request)), ex);
		return answer(ProblemType.INTERNAL_ERROR,
				"Something went wrong on our side. Quote the request id when you report it.", Map.of(),
				HttpHeaders.EMPTY, request);
	}

	@Override
	@Nullable
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var answer = BindingProblems.unreadableBody(ex.getCause());
		return quietly(answer.type(), answer.detail(), answer.properties(), headers, request);
	}

	@Override
	@Nullable
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(e -> Map.of("field", e instanceof FieldError f ? f.getField() : e.getObjectName(), "message",
					BindingProblems.message(e)))
			.toList();
		return quietly(ProblemType.VALIDATION_FAILED, "The request has invalid fields.", Map.of("errors", errors),
				headers, request);
	}

	@Override
	@Nullable
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()), "message",
						String.valueOf(e.getDefaultMessage()))))
			.toList();
		return quietly(ProblemType.VALIDATION_FAILED, "The request has invalid fields.", Map.of("errors", errors),
				headers, request);
	}

	@Override
	@Nullable
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemType type = switch (ex) {
			case NoResourceFoundException e -> ProblemType.NOT_FOUND;
			case HttpRequestMethodNotSupportedException e -> ProblemType.METHOD_NOT_ALLOWED;
			case HttpMediaTypeNotSupportedException e -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
			case HttpMediaTypeNotAcceptableException e -> ProblemType.NOT_ACCEPTABLE;
			case MaxUploadSizeExceededException e -> ProblemType.PAYLOAD_TOO_LARGE;
			default -> ProblemType.forStatus(statusCode.value());
		};
		String detail = body instanceof ProblemDetail p && p.getDetail() != null ? p.getDetail() : type.title() + ".";
		if (ex instanceof NoResourceFoundException) {
			detail = "There is nothing at this address.";
		}
		return quietly(type, detail, Map.of(), headers, request);
	}

	@Nullable
	private ResponseEntity<Object> quietly(ProblemType type, String detail, Map<String, Object> properties,
			HttpHeaders headers, WebRequest request) {
		try {
			return answer(type, detail, properties, headers, (NativeWebRequest) request);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * API requests get a problem detail; page requests are handed to the error page with the same
	 * status, as the servlet container would.
	 */
	@Nullable
	private ResponseEntity<Object> answer(ProblemType type, String detail, Map<String, Object> properties,
			HttpHeaders headers, NativeWebRequest request) throws IOException {
		HttpServletRequest servletRequest = servletRequest(request);
		if (!Problems.isApi(servletRequest)) {
			HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
			if (response != null && !response.isCommitted()) {
				response.sendError(type.status().value());
				return null;
			}
		}
		ProblemDetail problem = Problems.of(type, detail, servletRequest, properties);
		return ResponseEntity.status(type.status())
			.headers(headers)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static HttpServletRequest servletRequest(WebRequest request) {
		return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
	}
}
