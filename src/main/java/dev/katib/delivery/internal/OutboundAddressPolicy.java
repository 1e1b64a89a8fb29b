package dev.katib.delivery.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.katib.delivery.OutboundAddresses;

/**
 * The address rule of {@link OutboundAddresses}, with the outbound webhooks' setting
 * ({@code katib.delivery.webhooks.allow-private}) and Katib's own host ({@code katib.delivery.webhooks.base-url}).
 */
@Component
class OutboundAddressPolicy implements OutboundAddresses {

	private final boolean allowPrivate;
	private final String ownHost;

	OutboundAddressPolicy(@Value("${katib.delivery.webhooks.allow-private:false}") boolean allowPrivate,
			@Value("${katib.delivery.webhooks.base-url:http://localhost:8080}") URI baseUrl) {
		this.allowPrivate = allowPrivate;
		this.ownHost = baseUrl.getHost() == null ? "" : baseUrl.getHost().toLowerCase(Locale.ROOT);
	}

	@Override
	public @Nullable String formProblem(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			return "The URL is not well formed.";
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
			return "The URL must start with https://.";
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return "The URL names a host, and carries no user name, password or fragment.";
		}
		String host = bare(uri.getHost());
		if (!allowPrivate && (host.equals(ownHost) || host.equals("localhost") || host.endsWith(".localhost"))) {
			return "The URL may not point at Katib's own host.";
		}
		return null;
	}

	@Override
	public @Nullable String problem(String url) {
		String form = formProblem(url);
		if (form != null || allowPrivate) {
			return form;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(bare(URI.create(url).getHost()))) {
				if (!isPublic(address)) {
					return "The URL may not point at a private, loopback or link-local address.";
				}
			}
		}
		catch (UnknownHostException e) {
			return "The URL's host name does not resolve.";
		}
		return null;
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first != 0 && !(first == 100 && second >= 64 && second < 128)
					&& !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 224;
		}
		if (address instanceof Inet6Address) {
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= b[i] == 0;
			}
			if (mapped) {
				try {
					return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException impossible) {
					return false;
				}
			}
			boolean nat64 = b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
			return (b[0] & 0xfe) != 0xfc && !nat64;
		}
		return false;
	}

	private static String bare(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
	}
}
