package dev.katib.platform.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and choices of the web layer.
 *
 * @param maxRequestBody largest JSON body the API reads ({@code KATIB_MAX_REQUEST_BODY})
 */
@ConfigurationProperties("katib.web")
@Validated
record WebProperties(@NotNull(message = "set KATIB_MAX_REQUEST_BODY, e.g. 1MB") DataSize maxRequestBody) {

	WebProperties {
		if (maxRequestBody != null && maxRequestBody.toBytes() <= 0) {
			throw new IllegalArgumentException("KATIB_MAX_REQUEST_BODY must be a positive size such as 1MB");
		}
	}
}
