package dev.katib.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail where a view is expected, for API errors requested with an HTML accept header. */
record ProblemView(ProblemDetail problem) implements View {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String getContentType() {
		return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		response.setContentType(getContentType());
		JSON.writeValue(response.getOutputStream(), ProblemBody.of(problem));
	}
}
