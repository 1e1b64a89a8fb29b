package dev.katib.delivery.internal.whatsapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * WhatsApp's callbacks come without a Katib sign-in: the check of the URL carries the verify token and
 * each report the app's signature instead, so the endpoint is open to those two requests only.
 */
@Configuration(proxyBeanMethods = false)
class WhatsAppSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain whatsAppCallbacks(HttpSecurity http) {
		http.securityMatcher("/api/v1/delivery/whatsapp/callbacks/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll()
				.requestMatchers(HttpMethod.POST).permitAll()
				.anyRequest().denyAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}
}
