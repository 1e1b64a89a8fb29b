package dev.katib.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.usage.QuotaExceededException;

/** An API endpoint that exists only in tests, to exercise the error handling every endpoint shares. */
@RestController
@RequestMapping("/api/v1/test-probe")
public class ProbeController {

	private static final Logger log = LoggerFactory.getLogger(ProbeController.class);

	public record Greeting(@NotBlank @Size(max = 20) String name, @Max(150) int age) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Greeting echo(@Valid @RequestBody Greeting greeting) {
		log.info("probe echoed a greeting");
		return greeting;
	}

	@GetMapping("/count")
	int count(@RequestParam int value) {
		return value;
	}

	/** The client address Katib counts, throttles and audits this request under. */
	@GetMapping("/address")
	String address(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	@GetMapping("/model-unavailable")
	String modelUnavailable() {
		throw new ModelCallException(CallOutcome.UNAVAILABLE, "The language model is failing.", java.util.List.of(),
				java.time.Duration.ofSeconds(30));
	}

	@GetMapping("/quota-exceeded")
	String quotaExceeded() {
		throw new QuotaExceededException("organisation", "letters", 100, 100,
				java.time.Instant.parse("2026-12-01T00:00:00Z"), java.time.Duration.ofHours(5));
	}

	@GetMapping("/failure")
	String failure() {
		throw new IllegalStateException("secret internal detail");
	}
}
