package dev.katib.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;

/**
 * The test application trusts one proxy, 127.0.0.1 (as KATIB_TRUSTED_PROXIES=127.0.0.1 would): its
 * X-Forwarded-For names the client; any other client, even one on this machine, is itself.
 */
class TrustedProxiesIntegrationTests extends IntegrationTest {

	String bearer;

	@BeforeEach
	void setUp() {
		bearer = accounts.bearer(accounts.member(accounts.organisation(), Role.VIEWER));
	}

	@Test
	void takesTheClientAddressFromATrustedProxy() throws Exception {
		assertThat(addressSeen("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(addressSeen("127.0.0.1", "203.0.113.9, 127.0.0.1")).as("the proxy's own hop is skipped")
			.isEqualTo("203.0.113.9");
	}

	@Test
	void ignoresTheForwardedHeadersOfAClientThatIsNoTrustedProxy() throws Exception {
		assertThat(addressSeen("127.0.0.2", "203.0.113.9")).isEqualTo("127.0.0.2");
		assertThat(addressSeen("127.0.0.2", "127.0.0.1")).isEqualTo("127.0.0.2");
	}

	private String addressSeen(String from, String forwardedFor) throws Exception {
		HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
		var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/test-probe/address"))
			.header("Authorization", bearer)
			.header("X-Forwarded-For", forwardedFor)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
