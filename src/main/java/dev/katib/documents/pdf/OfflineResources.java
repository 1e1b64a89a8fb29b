package dev.katib.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

import org.jspecify.annotations.Nullable;

/**
 * The only resources a render may load: images this module put in memory for it, under
 * {@code katib:} addresses. Every other address (http, https, file, jar, data, relative) resolves to
 * nothing, so no document can make the server fetch from the network or read its disk.
 */
final class OfflineResources implements FSUriResolver, FSStreamFactory {

	static final String SCHEME = "katib";

	static final String BASE = SCHEME + ":document";

	private final Map<String, byte[]> resources = new LinkedHashMap<>();

	/** Keeps bytes for the render and returns the address to use in the markup. */
	String add(String name, byte[] bytes) {
		String uri = SCHEME + ":" + name;
		resources.put(uri, bytes);
		return uri;
	}

	@Override
	public @Nullable String resolveURI(@Nullable String baseUri, @Nullable String uri) {
		return uri != null && resources.containsKey(uri) ? uri : null;
	}

	boolean allows(@Nullable String uri, ExternalResourceType type) {
		return uri != null && resources.containsKey(uri);
	}

	@Override
	public FSStream getUrl(String uri) {
		byte[] bytes = resources.get(uri);
		return new FSStream() {

			@Override
			public @Nullable InputStream getStream() {
				return bytes == null ? null : new ByteArrayInputStream(bytes);
			}

			@Override
			public @Nullable Reader getReader() {
				return bytes == null ? null
						: new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
			}
		};
	}

	/** Answers every other protocol with nothing. */
	static final class Refusing implements FSStreamFactory {

		@Override
		public FSStream getUrl(String uri) {
			return new FSStream() {

				@Override
				public @Nullable InputStream getStream() {
					return null;
				}

				@Override
				public @Nullable Reader getReader() {
					return null;
				}
			};
		}
	}
}
