package dev.katib.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.documents.BodyBlock.Paragraph;
import dev.katib.documents.DocumentCorpus;

/** Rendering never reaches the network, whatever a document holds: a local server counts the tries. */
class OfflineRenderingTests {

	private final AtomicInteger requests = new AtomicInteger();

	private HttpServer server;

	private String address;

	@BeforeEach
	void startCountingServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		address = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void addressesAndImageTagsInDocumentTextAreOnlyPrinted() {
		String text = "انظر " + address + "/page و<img src=\"" + address + "/tracker.png\"/> و<link rel=\"stylesheet\" href=\""
				+ address + "/style.css\"/>";

		byte[] pdf = Renderers.pdf(0)
			.pdf(DocumentCorpus.arabic(List.of(new Paragraph(text)), false), DocumentCorpus.letterhead())
			.content();

		assertThat(PdfReading.flowingText(pdf)).contains(address + "/tracker.png");
		assertThat(requests).hasValue(0);
		assertThat(countingServerAnswers()).isTrue();
	}

	@Test
	void theEngineLoadsNothingButItsInMemoryResources() {
		String xhtml = """
				<html xmlns="http://www.w3.org/1999/xhtml"><head>
				<link rel="stylesheet" href="ADDR/linked.css"/>
				<style>
				@import url(ADDR/imported.css);
				@font-face { font-family: 'Remote'; src: url(ADDR/font.ttf); }
				body { background-image: url(ADDR/background.png); font-family: 'Remote', 'Amiri'; }
				</style></head><body>
				<p>نص</p>
				<img src="ADDR/image.png"/>
				<img src="file:///etc/hostname"/>
				<object data="ADDR/object.pdf" type="application/pdf"></object>
				<a href="ADDR/link">link</a>
				</body></html>
				""".replace("ADDR", address);
		PdfEngine engine = new PdfEngine(new FontFaces());

		byte[] pdf = engine.render(xhtml, new OfflineResources(),
				new PdfEngine.PdfInfo("t", "a", "ar", true, Instant.EPOCH, "offline"));

		assertThat(PdfReading.text(pdf)).contains("نص");
		assertThat(requests).hasValue(0);
		assertThat(countingServerAnswers()).isTrue();
	}

	/** The server does count: a request made on purpose is seen. */
	private boolean countingServerAnswers() {
		try (HttpClient client = HttpClient.newHttpClient()) {
			client.send(HttpRequest.newBuilder(URI.create(address + "/probe")).build(),
					HttpResponse.BodyHandlers.discarding());
			return requests.get() == 1;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
