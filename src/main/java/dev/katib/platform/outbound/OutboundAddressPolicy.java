package dev.katib.platform.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a webhook, or an automation's call, may go: an absolute {@code https} URL (plain {@code http} only where private addresses are
 * allowed) whose host is not Katib's own and resolves only to public addresses. Checked when an endpoint is
 * registered and again before every attempt, on the addresses the attempt then connects to.
 */
public final class OutboundAddressPolicy {

	private final boolean allowPrivate;
	private final String ownHost;
	private final Resolver resolver;

	/** Resolves a host name to every address it has. */
	public interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	public OutboundAddressPolicy(boolean allowPrivate, String ownHost, Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.ownHost = ownHost.toLowerCase(Locale.ROOT);
		this.resolver = resolver;
	}

	/** The reason the URL is refused, checked without resolving its host; {@code null} when its form is fine. */
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
	 * Where the URL may be called now: its host resolved once and every address checked. The HTTP client then
	 * connects to these addresses only ({@link OutboundHttp}), so a name that resolves to another address by the
	 * time of the connection (DNS rebinding) changes nothing.
	 *
	 * @param problem why it may not be called, or {@code null}
	 * @param addresses the addresses it may be called on, when it may
	 */
	public record Target(@Nullable String problem, List<InetAddress> addresses) {

		static Target refused(String problem) {
			return new Target(problem, List.of());
		}
	}

	public Target target(String url) {
		String form = formProblem(url);
		if (form != null) {
			return Target.refused(form);
		}
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(bare(URI.create(url).getHost()));
		}
		catch (UnknownHostException e) {
			return Target.refused("The webhook's host name does not resolve.");
		}
		if (addresses.length == 0) {
			return Target.refused("The webhook's host name does not resolve.");
		}
		for (InetAddress address : addresses) {
			if (!allowPrivate && !isPublic(address)) {
				return Target.refused("A webhook may not point at a private, loopback or link-local address.");
			}
		}
		return new Target(null, List.of(addresses));
	}

	/**
	 * The reason the URL may not be registered, resolving its host and checking every address; {@code null} when
	 * it may. Where private addresses are allowed, only its form is checked.
	 */
	public @Nullable String problem(String url) {
		String form = formProblem(url);
		return form != null || allowPrivate ? form : target(url).problem();
	}

	public static boolean isPublic(InetAddress address) {
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
