package dev.katib.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * WireMock playing Google: its OAuth token endpoint answers a service account's signed assertion
 * with an access token, and tests stub the API under test on the same server.
 */
public final class FakeGoogle implements AutoCloseable {

	public static final String ACCESS_TOKEN = "ya29.katib-test-token";

	private final WireMockServer server;

	public FakeGoogle() {
		server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
		server.start();
		server.stubFor(post("/token").willReturn(
				okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
	}

	public WireMockServer server() {
		return server;
	}

	/** The root URL to give a Google API client ({@code setRootUrl}). */
	public String rootUrl() {
		return "http://localhost:" + server.port() + "/";
	}

	/** A service-account JSON key, made fresh for the test, whose token endpoint is this fake. */
	public String serviceAccountKey() {
		return serviceAccountKey("katib@katib-test.iam.gserviceaccount.com", rootUrl());
	}

	/** A service-account JSON key, made fresh, for this account and token endpoint root. */
	static String serviceAccountKey(String clientEmail, String rootUrl) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			String pkcs8 = Base64.getMimeEncoder(64, "\n".getBytes())
				.encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
			String pem = "-----BEGIN PRIVATE KEY-----\n" + pkcs8 + "\n-----END PRIVATE KEY-----\n";
			return """
					{"type": "service_account", "project_id": "katib-test", "private_key_id": "key-1",
					 "private_key": "%s", "client_email": "%s",
					 "client_id": "1", "token_uri": "%stoken"}""".formatted(pem.replace("\n", "\\n"), clientEmail, rootUrl);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		server.stop();
	}
}
