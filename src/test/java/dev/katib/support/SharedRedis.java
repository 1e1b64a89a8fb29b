package dev.katib.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;

/**
 * The local Redis on 127.0.0.1:6379, shared with other test runs on this machine: every key this run
 * writes starts with {@link #PREFIX}.
 */
public final class SharedRedis {

	public static final String URL = "redis://127.0.0.1:6379";
	public static final String PREFIX = "katib-test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
	private static Boolean reachable;

	private SharedRedis() {
	}

	/** Whether the local Redis answers; says so once when it does not. */
	public static synchronized boolean reachable() {
		if (reachable == null) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
				reachable = true;
			}
			catch (IOException ex) {
				reachable = false;
				Services.requireOrSkipNotice("Redis on 127.0.0.1:6379",
						"rate limits and Airtable pacing are kept in memory, and tests of sharing them are skipped");
			}
		}
		return reachable;
	}
}
