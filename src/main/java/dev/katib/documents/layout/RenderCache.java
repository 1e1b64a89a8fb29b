package dev.katib.documents.layout;

import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentKey;
import dev.katib.documents.Letterhead;
import dev.katib.documents.RenderedDocument;

/**
 * Recently rendered files (Caffeine), by document version, letterhead version and format, bounded by
 * count and by bytes: each entry weighs its size, and at least its share of the bytes allowed, so
 * neither bound is passed. An entry is used only when the description is the same as the one it was
 * rendered from, so a changed status flag (such as the draft watermark) renders anew.
 */
public final class RenderCache {

	private final Cache<Key, Entry> entries;
	private final boolean enabled;

	public RenderCache(int maxEntries, long maxBytes) {
		this.enabled = maxEntries > 0 && maxBytes > 0;
		long share = enabled ? Math.max(1, maxBytes / maxEntries) : 1;
		this.entries = Caffeine.newBuilder()
			.maximumWeight(Math.max(0, maxBytes))
			.weigher((Key key, Entry entry) -> (int) Math.min(Integer.MAX_VALUE, Math.max(share, entry.rendered().size())))
			.executor(Runnable::run)
			.build();
	}

	public RenderedDocument get(DocumentDescription document, Letterhead letterhead, String mediaType,
			Supplier<RenderedDocument> render) {
		Key key = new Key(document.key(), letterhead.id(), letterhead.version(), mediaType);
		Entry cached = entries.getIfPresent(key);
		if (cached != null && cached.document().equals(document) && cached.letterhead().equals(letterhead)) {
			return cached.rendered();
		}
		RenderedDocument rendered = render.get();
		if (enabled) {
			entries.put(key, new Entry(document, letterhead, rendered));
		}
		return rendered;
	}

	public int size() {
		entries.cleanUp();
		return (int) entries.estimatedSize();
	}

	private record Key(DocumentKey document, UUID letterheadId, int letterheadVersion, String mediaType) {
	}

	private record Entry(DocumentDescription document, Letterhead letterhead, RenderedDocument rendered) {
	}
}
