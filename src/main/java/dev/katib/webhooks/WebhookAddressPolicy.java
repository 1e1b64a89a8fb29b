package dev.katib.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may go: an absolute {@code https} URL (plain {@code http} only where private addresses are
 * allowed) whose host is not Katib's own and resolves only to public addresses. Checked when an endpoint is
 * registered and again before every attempt, so a name that later resolves to a private address (DNS rebinding)
 * is refused then.
 */
final class WebhookAddressPolicy {

	private final boolean allowPrivate;
	private final String ownHost;
	private final Resolver resolver;

	/** Resolves a host name to every address it has. */
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	WebhookAddressPolicy(boolean allowPrivate, String ownHost, Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.ownHost = ownHost.toLowerCase(Locale.ROOT);
		this.resolver = resolver;
	}

	/** The reason the URL is refused, checked without resolving its host; {@code null} when its form is fine. */
	String formProblem(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			return "The URL is not well formed.";
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
			return "A webhook URL must start with https://.";
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return "A webhook URL names a host, and carries no user name, password or fragment.";
		}
		String host = bare(uri.getHost());
		if (!allowPrivate && (host.equals(ownHost) || host.equals("localhost") || host.endsWith(".localhost"))) {
			return "A webhook may not point at Katib's own host.";
		}
		return null;
	}

	/**
	 * The reason the URL may not be called now, resolving its host and checking every address; {@code null} when
	 * it may.
	 */
	String problem(String url) {
		String form = formProblem(url);
		if (form != null || allowPrivate) {
			return form;
		}
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(bare(URI.create(url).getHost()));
		}
		catch (UnknownHostException e) {
			return "The webhook's host name does not resolve.";
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return "A webhook may not point at a private, loopback or link-local address.";
			}
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
			return first != 0 && !(first == 100 && second >= 64 && second < 128) // shared address space
					&& !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 224;
		}
		if (address instanceof Inet6Address) {
			boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
			boolean mappedOrCompatible = true;
			for (int i = 0; i < 10; i++) {
				mappedOrCompatible &= b[i] == 0;
			}
			if (mappedOrCompatible) {
				byte[] v4 = { b[12], b[13], b[14], b[15] };
				try {
					return isPublic(InetAddress.getByAddress(v4));
				}
				catch (UnknownHostException impossible) {
					return false;
				}
			}
			boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
			return !uniqueLocal && !nat64;
		}
		return false;
	}

	private static String bare(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
	}
}
