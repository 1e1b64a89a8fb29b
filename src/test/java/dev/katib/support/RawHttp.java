package dev.katib.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send: a broken request
 * line, malformed percent-encoding, invalid UTF-8 or a multipart body without its boundary.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** A parsed answer: status, headers (names in lower case) and body. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
		}
	}

	/** Sends the request head as written (lines joined with CRLF) and the body bytes after it. */
	public Answer send(String head, byte[] body) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(120_000);
			socket.getOutputStream().write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			try {
				socket.getOutputStream().write(body);
				socket.getOutputStream().flush();
			}
			catch (IOException answeredEarly) {
				// the server may answer (413, 401) and close before it has read a huge body: read that answer
				try {
					return parse(socket.getInputStream().readAllBytes());
				}
				catch (IOException | RuntimeException unread) {
					throw answeredEarly;
				}
			}
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Answer send(String head) {
		return send(head, new byte[0]);
	}

	private static Answer parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String[] lines = text.substring(0, end).split("\r\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		String body = text.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
	}

	private static String unchunk(String chunked) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
		int at = 0;
		while (at < bytes.length) {
			int lineEnd = indexOf(bytes, at);
			int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
			if (size == 0) {
				break;
			}
			out.write(bytes, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static int indexOf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}
}
