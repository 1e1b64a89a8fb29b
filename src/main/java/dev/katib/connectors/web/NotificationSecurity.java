package dev.katib.connectors.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Airtable's webhook notifications come without a Katib sign-in: each one is authenticated by its
 * MAC instead, so the endpoint is open to POSTs and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain airtableNotifications(HttpSecurity http) {
		http.securityMatcher("/api/v1/sources/airtable-notifications")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST).permitAll().anyRequest().denyAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}
}
