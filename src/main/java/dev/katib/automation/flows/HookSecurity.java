package dev.katib.automation.flows;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Inbound calls to automations come without a Katib sign-in: each is authenticated by its signature instead, so
 * the hook URL is open to POSTs and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class HookSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain automationHooks(HttpSecurity http) {
		http.securityMatcher("/api/v1/automations/*/hooks")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST).permitAll().anyRequest().denyAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}
}
