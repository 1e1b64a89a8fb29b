package dev.katib.platform.web;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and choices of the web layer.
 *
 * @param maxRequestBody largest JSON body the API reads ({@code KATIB_MAX_REQUEST_BODY})
 * @param trustedProxies the reverse proxies whose {@code X-Forwarded-*} headers are believed
 *        ({@code KATIB_TRUSTED_PROXIES}): IP addresses or CIDR ranges separated by commas; none by default
 */
@ConfigurationProperties("katib.web")
@Validated
record WebProperties(@NotNull(message = "set KATIB_MAX_REQUEST_BODY, e.g. 1MB") DataSize maxRequestBody,
		@Nullable String trustedProxies) {

	private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]+(/\\d{1,3})?");

	WebProperties {
		if (maxRequestBody != null && maxRequestBody.toBytes() <= 0) {
			throw new IllegalArgumentException("KATIB_MAX_REQUEST_BODY must be a positive size such as 1MB");
		}
		proxyRanges(trustedProxies);
	}

	/** The trusted proxies as CIDR ranges, a single address being a range of one. */
	List<String> proxyRanges() {
		return proxyRanges(trustedProxies);
	}

	private static List<String> proxyRanges(@Nullable String list) {
		if (list == null || list.isBlank()) {
			return List.of();
		}
		return Arrays.stream(list.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).map(entry -> {
			String[] parts = entry.split("/", 2);
			InetAddress address = literal(entry, parts[0]);
			int bits = address.getAddress().length * 8;
			int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
			if (prefix < 0 || prefix > bits) {
				throw invalid(entry);
			}
			return address.getHostAddress() + "/" + prefix;
		}).toList();
	}

	private static InetAddress literal(String entry, String address) {
		if (!ADDRESS.matcher(entry).matches()) {
			throw invalid(entry);
		}
		try {
			// a literal only, never a name to look up
			return InetAddress.ofLiteral(address);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(entry);
		}
	}

	private static IllegalArgumentException invalid(String entry) {
		return new IllegalArgumentException("KATIB_TRUSTED_PROXIES must list IP addresses or CIDR ranges separated "
				+ "by commas, e.g. 10.0.0.0/8,192.0.2.7; '" + entry + "' is neither");
	}
}
