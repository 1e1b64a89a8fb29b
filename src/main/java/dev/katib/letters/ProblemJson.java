package dev.katib.letters;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.platform.KatibException;

/** A problem detail as a map and as stored JSON, for a drafting that failed after its request was answered. */
final class ProblemJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemJson() {
	}

	static Map<String, Object> of(KatibException problem) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("type", problem.type().uri().toString());
		detail.put("title", problem.type().title());
		detail.put("status", problem.type().status().value());
		detail.put("detail", problem.getMessage());
		detail.putAll(problem.properties());
		if (problem.retryAfter() != null) {
			detail.put("retryAfterSeconds", Math.max(1, problem.retryAfter().toSeconds()));
		}
		return detail;
	}

	static String write(Map<String, Object> problem) {
		return JSON.writeValueAsString(problem);
	}

	static Map<String, Object> read(String json) {
		try {
			return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JacksonException unreadable) {
			return Map.of("detail", "The reason was not recorded.");
		}
	}
}
