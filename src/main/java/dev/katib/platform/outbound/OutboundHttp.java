package dev.katib.platform.outbound;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POSTs one signed webhook message on the addresses the policy checked, and on no other: the name is resolved
 * once, by the policy, and the client's name resolution answers those addresses only, so the connection cannot go
 * where the check did not look. The request still names the host (its {@code Host} header, TLS server name and
 * certificate check are for the endpoint's name). Redirects are not followed, no proxy is used and no connection is
 * kept for a later message.
 */
public final class OutboundHttp {

	private static final MediaType JSON = MediaType.get("application/json");

	/** What an attempt came to: the status the endpoint answered, or why there was no answer. */
	public record Answer(@Nullable Integer statusCode, @Nullable String problem) {

		public boolean delivered() {
			return problem == null;
		}
	}

	private final OutboundAddressPolicy addresses;
	private final OkHttpClient client;

	public OutboundHttp(OutboundAddressPolicy addresses, Duration timeout) {
		this.addresses = addresses;
		this.client = new OkHttpClient.Builder()
			.connectTimeout(timeout)
			.readTimeout(timeout)
			.writeTimeout(timeout)
			.callTimeout(timeout)
			.followRedirects(false)
			.followSslRedirects(false)
			.retryOnConnectionFailure(false)
			.proxy(Proxy.NO_PROXY)
			.connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
			.build();
	}

	/** POSTs a JSON body with these headers (a Standard Webhooks signature's, say) to the checked addresses only. */
	public Answer post(String url, Map<String, String> headers, byte[] body) {
		OutboundAddressPolicy.Target target = addresses.target(url);
		if (target.problem() != null) {
			return new Answer(null, target.problem());
		}
		HttpUrl parsed = HttpUrl.parse(url);
		if (parsed == null) {
			return new Answer(null, "The endpoint's URL cannot be called.");
		}
		String host = parsed.host().toLowerCase(Locale.ROOT);
		List<InetAddress> pinned = target.addresses();
		OkHttpClient once = client.newBuilder().dns(name -> {
			if (!name.toLowerCase(Locale.ROOT).equals(host)) {
				throw new UnknownHostException("Only " + host + " is resolved for this call.");
			}
			return pinned;
		}).build();
		Request.Builder request = new Request.Builder().url(parsed).header("User-Agent", "Katib-Webhooks");
		headers.forEach(request::header);
		Request call = request.post(RequestBody.create(body, JSON)).build();
		// the answer's body is not read: closing it at once keeps an endless body from holding the message's lock
		try (Response response = once.newCall(call).execute()) {
			int status = response.code();
			return new Answer(status, status / 100 == 2 ? null : "The endpoint answered HTTP " + status + ".");
		}
		catch (InterruptedIOException e) {
			return new Answer(null, "No answer in time: " + e.getClass().getSimpleName());
		}
		catch (IOException e) {
			return new Answer(null, "No answer: " + e.getClass().getSimpleName());
		}
	}
}
