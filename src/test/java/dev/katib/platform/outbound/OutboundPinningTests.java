package dev.katib.platform.outbound;



import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a name that answers a public address when it is checked and 127.0.0.1 when it is asked again never
 * leads a webhook to the loopback receiver, because the client connects to the checked address only.
 */
class OutboundPinningTests {

	private static final byte[] BODY = "{\"type\":\"letter.signed\"}".getBytes(StandardCharsets.UTF_8);

	private ServerSocket loopback;
	private final AtomicInteger connections = new AtomicInteger();

	@BeforeEach
	void listen() throws IOException {
		loopback = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(() -> {
			while (!loopback.isClosed()) {
				try (Socket socket = loopback.accept()) {
					connections.incrementAndGet();
				}
				catch (IOException closed) {
					return;
				}
			}
		});
	}

	@AfterEach
	void close() throws IOException {
		loopback.close();
	}

	@Test
	void aNameThatRebindsToLoopbackAfterItsCheckNeverReachesTheLoopbackReceiver() throws Exception {
		AtomicInteger lookups = new AtomicInteger();
		OutboundAddressPolicy strict = new OutboundAddressPolicy(false, "katib.example.org",
				host -> new InetAddress[] { InetAddress.getByName(lookups.getAndIncrement() == 0 ? "203.0.113.7" : "127.0.0.1") });
		OutboundHttp http = new OutboundHttp(strict, Duration.ofSeconds(1));
		String url = "https://hooks.example.com:" + loopback.getLocalPort() + "/hook";

		OutboundHttp.Answer first = http.post(url, StandardWebhooks.headers("msg_1", 1_800_000_000L, "v1,x"), BODY);
		assertThat(first.delivered()).isFalse();
		assertThat(first.statusCode()).isNull();
		assertThat(lookups).hasValue(1);

		// the next attempt resolves again, sees the loopback address and refuses it before connecting
		OutboundHttp.Answer second = http.post(url, StandardWebhooks.headers("msg_1", 1_800_000_001L, "v1,x"), BODY);
		assertThat(second.problem()).contains("private, loopback");
		assertThat(lookups).hasValue(2);
		Thread.sleep(300);
		assertThat(connections).hasValue(0);
	}

	@Test
	void aNameThatAnswersAPublicAddressAndLoopbackTogetherIsRefusedBeforeAnyConnection() throws Exception {
		OutboundAddressPolicy strict = new OutboundAddressPolicy(false, "katib.example.org",
				host -> new InetAddress[] { InetAddress.getByName("203.0.113.7"), InetAddress.getByName("127.0.0.1") });
		OutboundHttp.Answer answer = new OutboundHttp(strict, Duration.ofSeconds(1))
			.post("https://hooks.example.com:" + loopback.getLocalPort() + "/hook", StandardWebhooks.headers("msg_1", 1_800_000_000L, "v1,x"), BODY);
		assertThat(answer.problem()).contains("private, loopback");
		Thread.sleep(300);
		assertThat(connections).hasValue(0);
	}

	@Test
	void theReceiverSeesAConnectionWhenTheCheckedAddressIsItsOwn() {
		// the control: where private addresses are allowed, the pinned address is the loopback one, and it is reached
		OutboundAddressPolicy allowing = new OutboundAddressPolicy(true, "katib.example.org",
				host -> new InetAddress[] { InetAddress.getByName("127.0.0.1") });
		new OutboundHttp(allowing, Duration.ofSeconds(1))
			.post("http://hooks.example.com:" + loopback.getLocalPort() + "/hook", StandardWebhooks.headers("msg_1", 1_800_000_000L, "v1,x"), BODY);
		await().atMost(Duration.ofSeconds(5)).until(() -> connections.get() == 1);
	}
}
