package dev.katib.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on 127.0.0.1 that answers the statuses it is given in turn (then 200) and keeps every request. */
final class WebhookReceiver implements AutoCloseable {

	/** One request as it came. */
	record Received(String id, long timestamp, String signature, byte[] body) {
	}

	private final HttpServer server;
	private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
	private final List<Received> received = new CopyOnWriteArrayList<>();

	WebhookReceiver(Integer... answers) throws IOException {
		this.answers.addAll(List.of(answers));
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			var headers = exchange.getRequestHeaders();
			received.add(new Received(headers.getFirst("webhook-id"), Long.parseLong(headers.getFirst("webhook-timestamp")),
					headers.getFirst("webhook-signature"), body));
			Integer status = this.answers.poll();
			exchange.sendResponseHeaders(status == null ? 200 : status, -1);
			exchange.close();
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
