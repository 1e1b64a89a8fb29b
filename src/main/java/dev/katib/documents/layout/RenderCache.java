package dev.katib.documents.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentKey;
import dev.katib.documents.Letterhead;
import dev.katib.documents.RenderedDocument;

/**
 * Recently rendered files, by document version, letterhead version and format, bounded by count and
 * by bytes (least recently used go first). An entry is used only when the description is the same as
 * the one it was rendered from, so a changed status flag (such as the draft watermark) renders anew.
 */
public final class RenderCache {

	private final int maxEntries;
	private final long maxBytes;
	private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
	private long bytes;

	public RenderCache(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	public RenderedDocument get(DocumentDescription document, Letterhead letterhead, String mediaType,
			Supplier<RenderedDocument> render) {
		Key key = new Key(document.key(), letterhead.id(), letterhead.version(), mediaType);
		synchronized (this) {
			Entry cached = entries.get(key);
			if (cached != null && cached.document().equals(document) && cached.letterhead().equals(letterhead)) {
				return cached.rendered();
			}
		}
		RenderedDocument rendered = render.get();
		put(key, new Entry(document, letterhead, rendered));
		return rendered;
	}

	public synchronized int size() {
		return entries.size();
	}

	private synchronized void put(Key key, Entry entry) {
		if (maxEntries == 0 || entry.rendered().size() > maxBytes) {
			return;
		}
		Entry previous = entries.put(key, entry);
		if (previous != null) {
			bytes -= previous.rendered().size();
		}
		bytes += entry.rendered().size();
		var eldest = entries.entrySet().iterator();
		while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
			Map.Entry<Key, Entry> evicted = eldest.next();
			bytes -= evicted.getValue().rendered().size();
			eldest.remove();
		}
	}

	private record Key(DocumentKey document, UUID letterheadId, int letterheadVersion, String mediaType) {
	}

	private record Entry(DocumentDescription document, Letterhead letterhead, RenderedDocument rendered) {
	}
}
