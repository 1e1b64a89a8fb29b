package dev.katib.accounts.signin;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.tokens.BearerTokenProvider;

/**
 * Two ways in. The API ({@code /api/**}, {@code /actuator/**} and the MCP server at {@code /mcp}) is stateless: a bearer access
 * token or API key on every request, no cookies, no CSRF, and problem details for 401 and 403.
 * Everything else is the browser: a form sign-in, a session cookie, CSRF tokens, and a redirect to
 * the sign-in page for whoever is not signed in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Pages and files anybody may see, signed in or not. */
	static final String[] PUBLIC_PAGES = { "/", "/css/**", "/js/**", "/fonts/**", "/webjars/**", "/favicon.svg", "/error",
			"/v3/api-docs/**", "/verify/**", "/setup", "/signin", "/signup", "/password/**", "/invitations/**" };

	/** API endpoints that serve people who are not signed in yet. */
	static final String[] PUBLIC_API = { "/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/auth/logout",
			"/api/v1/signup", "/api/v1/password-resets", "/api/v1/password-resets/complete",
			"/api/v1/invitations/accept" };

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Prometheus's scrape address, for the scraper only: {@code Authorization: Bearer} with the token of
	 * {@code KATIB_METRICS_TOKEN}, compared in constant time. Without a configured token nobody reads it.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, AccountsProperties properties) {
		ProblemAnswers problems = new ProblemAnswers();
		ScrapeToken token = new ScrapeToken(properties.metricsToken());
		http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(token.presentedIn(context.getRequest()))))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, BearerTokenProvider bearer) {
		ProviderManager bearerManager = new ProviderManager(bearer);
		ProblemAnswers problems = new ProblemAnswers();
		http.securityMatcher("/api/**", "/actuator/**", "/mcp", "/mcp/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, PUBLIC_API)
				.permitAll()
				.requestMatchers("/api/docs", "/api/swagger-ui/**")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/modulith", "/actuator/metrics", "/actuator/metrics/**")
				.hasAnyRole(roles(Permission.VIEW_OPERATIONS))
				.anyRequest()
				.authenticated())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			// the API documentation browser (/api/docs) is a page like any other
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.oauth2ResourceServer(resource -> resource.authenticationManagerResolver(request -> bearerManager)
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain browser(HttpSecurity http, AuthenticationManager signInForm, Members members,
			BrowserSessions sessions, Clock clock, AccountsProperties properties) {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.authenticationManager(signInForm)
			.formLogin(form -> form.loginPage("/signin")
				.loginProcessingUrl("/signin")
				.usernameParameter("email")
				.passwordParameter("password")
				.authenticationDetailsSource(request -> new BrowserDetails(request.getRemoteAddr(),
						request.getHeader("User-Agent")))
				.failureUrl("/signin?error")
				.defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutUrl("/signout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication instanceof SessionAuthentication session) {
						sessions.end(session.member().sessionId());
					}
				})
				.logoutSuccessUrl("/signin?signedout")
				.deleteCookies(SessionCookie.NAME))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new CurrentCallerFilter(members, sessions, clock, properties), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	AuthenticationManager signInForm(PasswordSignIn signIn, BrowserSessions sessions, Clock clock) {
		return new ProviderManager(new FormSignInProvider(signIn, sessions, clock));
	}

	private static String[] roles(Permission permission) {
		return permission.roles().stream().map(Role::name).toArray(String[]::new);
	}
}
