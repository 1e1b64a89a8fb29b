package dev.katib.automation.flows;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.katib.platform.KatibException;

/** A problem a step met, as its attempt keeps it: the problem detail the API would have answered. */
final class RunProblems {

	private RunProblems() {
	}

	static Map<String, Object> of(KatibException problem) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("type", problem.type().uri().toString());
		detail.put("title", problem.type().title());
		detail.put("status", problem.type().status().value());
		detail.put("detail", problem.getMessage() == null ? problem.type().title() : problem.getMessage());
		problem.properties().forEach(detail::putIfAbsent);
		return detail;
	}
}
