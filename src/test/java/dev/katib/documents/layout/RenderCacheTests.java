package dev.katib.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentKey;
import dev.katib.documents.Letterhead;
import dev.katib.documents.RenderedDocument;

class RenderCacheTests {

	private final AtomicInteger renders = new AtomicInteger();

	private final Letterhead letterhead = DocumentCorpus.letterhead();

	@Test
	void rendersAVersionOnceForTheSameLetterhead() {
		RenderCache cache = new RenderCache(10, 1_000_000);

		RenderedDocument first = cache.get(DocumentCorpus.arabicLetter(), letterhead, RenderedDocument.PDF, this::render);
		RenderedDocument second = cache.get(DocumentCorpus.arabicLetter(), letterhead, RenderedDocument.PDF, this::render);

		assertThat(second).isSameAs(first);
		assertThat(renders).hasValue(1);
	}

	@Test
	void rendersAgainWhenTheLetterheadVersionOrTheDraftFlagChanges() {
		RenderCache cache = new RenderCache(10, 1_000_000);
		DocumentDescription draft = DocumentCorpus.arabic(DocumentCorpus.arabicLetter().body(), true);
		Letterhead next = new Letterhead(UUID.randomUUID(), letterhead.tenantId(), 4, letterhead.arabicName(),
				letterhead.englishName(), letterhead.logo(), letterhead.primaryColour(), letterhead.accentColour(),
				letterhead.footerLines(), letterhead.margins(), letterhead.pageSize());

		cache.get(DocumentCorpus.arabicLetter(), letterhead, RenderedDocument.PDF, this::render);
		cache.get(DocumentCorpus.arabicLetter(), next, RenderedDocument.PDF, this::render);
		cache.get(draft, letterhead, RenderedDocument.PDF, this::render);

		assertThat(renders).hasValue(3);
	}

	@Test
	void keepsNoMoreThanItsBoundInEntriesAndBytes() {
		RenderCache byCount = new RenderCache(2, 1_000_000);
		RenderCache byBytes = new RenderCache(100, 250);
		for (int version = 1; version <= 5; version++) {
			DocumentDescription document = version(version);
			byCount.get(document, letterhead, RenderedDocument.PDF, this::render);
			byBytes.get(document, letterhead, RenderedDocument.PDF, this::render);
		}

		assertThat(byCount.size()).isEqualTo(2);
		assertThat(byBytes.size()).isEqualTo(2);
	}

	private RenderedDocument render() {
		renders.incrementAndGet();
		return new RenderedDocument(new DocumentKey(UUID.randomUUID(), 1), letterhead.id(), letterhead.version(),
				RenderedDocument.PDF, new byte[100]);
	}

	private static DocumentDescription version(int version) {
		DocumentDescription base = DocumentCorpus.arabicLetter();
		return new DocumentDescription(new DocumentKey(base.key().documentId(), version), base.language(), base.digits(),
				base.header(), List.copyOf(base.body()), base.signature(), base.verification(), base.draft(),
				base.metadata());
	}
}
