package dev.katib.accounts.setup;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends the first visitor of the home page to the setup page while no user exists. */
@Component
class FirstRunRedirect extends OncePerRequestFilter {

	private final FirstRun firstRun;

	FirstRunRedirect(FirstRun firstRun) {
		this.firstRun = firstRun;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !"/".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (firstRun.pending()) {
			response.sendRedirect(request.getContextPath() + "/setup");
			return;
		}
		chain.doFilter(request, response);
	}
}
