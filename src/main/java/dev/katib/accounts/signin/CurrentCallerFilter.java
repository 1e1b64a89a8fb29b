package dev.katib.accounts.signin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.members.Member;
import dev.katib.accounts.members.Members;

/**
 * Turns a browser session into the caller of this request, from the database: the member must still
 * be active and the session must not have ended, been idle too long or lasted too long. Otherwise
 * the session is ended and the request goes on unauthenticated.
 */
class CurrentCallerFilter extends OncePerRequestFilter {

	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final Members members;
	private final BrowserSessions sessions;
	private final Clock clock;
	private final AccountsProperties.Session limits;

	CurrentCallerFilter(Members members, BrowserSessions sessions, Clock clock, AccountsProperties properties) {
		this.members = members;
		this.sessions = sessions;
		this.clock = clock;
		this.limits = properties.session();
	}

	/** An error page (a 404, a 403) is shown to the member still signed in, with their navigation. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof SessionAuthentication session) {
			Optional<Member> member = resolve(session.member());
			if (member.isPresent()) {
				// a new context: the one loaded from the session must keep only the session's ids
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(CallerAuthentication.of(member.get(), request.getRemoteAddr(),
						session.member().sessionId().toString()));
				SecurityContextHolder.setContext(context);
				request.setAttribute(SessionMember.class.getName(), session.member());
				indexServletSession(request, session.member());
				if (member.get().mustChangePassword() && !allowedBeforePasswordChange(request)) {
					response.sendRedirect(request.getContextPath() + "/profile?change");
					return;
				}
			}
			else {
				SecurityContextHolder.clearContext();
				HttpSession http = request.getSession(false);
				if (http != null) {
					http.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** Indexes the stored servlet session by the browser session's id, so ending that row deletes it. */
	private static void indexServletSession(HttpServletRequest request, SessionMember member) {
		HttpSession http = request.getSession(false);
		String id = member.sessionId().toString();
		if (http != null && !id.equals(http.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME))) {
			http.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, id);
		}
	}

	/** A member who must set a new password sees only the page where they do it, and can sign out. */
	private static boolean allowedBeforePasswordChange(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/profile") || path.equals("/profile/password") || path.equals("/signout")
				|| path.startsWith("/css/") || path.startsWith("/fonts/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.svg") || path.equals("/error");
	}

	private Optional<Member> resolve(SessionMember signedIn) {
		Instant now = clock.instant();
		var session = sessions.find(signedIn.sessionId()).orElse(null);
		if (session == null || session.endedAt() != null) {
			return Optional.empty();
		}
		if (!now.isBefore(session.signedInAt().plus(limits.absoluteTimeout()))
				|| !now.isBefore(session.lastSeenAt().plus(limits.idleTimeout()))) {
			sessions.end(session.id());
			return Optional.empty();
		}
		Optional<Member> member = members.find(signedIn.tenantId(), signedIn.userId()).filter(Member::active);
		if (member.isEmpty()) {
			sessions.end(session.id());
		}
		else if (!now.isBefore(session.lastSeenAt().plus(TOUCH_EVERY))) {
			sessions.touch(session.id());
		}
		return member;
	}
}
