package dev.katib.archive.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;

import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The S3 backend against a real S3-compatible server (S3Proxy) on loopback. */
class S3StorageTests {

	private static final String ACCESS_KEY = "katib-test";
	private static final String SECRET_KEY = "katib-test-secret";

	private static S3Proxy server;
	private static URI endpoint;

	@BeforeAll
	static void startServer() throws Exception {
		endpoint = URI.create("http://127.0.0.1:" + freePort());
		server = S3Proxy.builder()
			.blobStore(new TransientNio2BlobStore())
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.endpoint(endpoint)
			.build();
		server.start();
		while (!"STARTED".equals(server.getState())) {
			Thread.onSpinWait();
		}
		StorageConfiguration.s3Client(settings(endpoint)).createBucket(b -> b.bucket("letters"));
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.stop();
	}

	@Test
	void storesAndReadsBackTheExactBytes() {
		S3Storage storage = StorageConfiguration.s3Storage(settings(endpoint));
		byte[] content = "%PDF-1.7 خطاب".getBytes(java.nio.charset.StandardCharsets.UTF_8);

		String location = storage.put("tenant/2026/file-1", content, "application/pdf");

		assertThat(storage.get(location)).isEqualTo(content);
		assertThat(storage.name()).isEqualTo("s3");
	}

	@Test
	void reportsAMissingObjectAsStorageUnavailable() {
		S3Storage storage = StorageConfiguration.s3Storage(settings(endpoint));

		assertThatThrownBy(() -> storage.get("tenant/2026/never-stored")).isInstanceOf(StorageUnavailableException.class)
			.hasMessageContaining("S3");
	}

	@Test
	void reportsWrongCredentialsAsStorageUnavailable() {
		var wrong = new StorageProperties.S3(endpoint, "us-east-1", "letters", ACCESS_KEY, "not-the-secret", true);

		assertThatThrownBy(() -> StorageConfiguration.s3Storage(wrong).put("k", new byte[] { 1 }, "application/pdf"))
			.isInstanceOf(StorageUnavailableException.class);
	}

	@Test
	void reportsAnUnreachableServerAsStorageUnavailableAfterRetrying() throws Exception {
		URI nowhere = URI.create("http://127.0.0.1:" + freePort());

		assertThatThrownBy(() -> StorageConfiguration.s3Storage(settings(nowhere)).put("k", new byte[] { 1 }, "application/pdf"))
			.isInstanceOf(StorageUnavailableException.class)
			.hasMessage("The file could not be stored in the S3 bucket.");
	}

	private static StorageProperties.S3 settings(URI endpoint) {
		return new StorageProperties.S3(endpoint, "us-east-1", "letters", ACCESS_KEY, SECRET_KEY, true);
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
