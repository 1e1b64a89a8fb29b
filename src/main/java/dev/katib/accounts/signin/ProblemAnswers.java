package dev.katib.accounts.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers unauthenticated and forbidden API requests. The status goes to the platform's error
 * handling, which writes the problem detail ({@code urn:katib:problem:unauthorized} or
 * {@code forbidden}) every other API error uses.
 */
class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"katib\"");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
