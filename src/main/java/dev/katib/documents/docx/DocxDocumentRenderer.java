package dev.katib.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Service;

import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.Letterhead;
import dev.katib.documents.RenderedDocument;
import dev.katib.documents.WordDocumentRenderer;
import dev.katib.documents.layout.DocumentLimits;
import dev.katib.documents.layout.DocumentsProperties;
import dev.katib.documents.layout.RenderCache;

/** Writes a document on its letterhead as DOCX with Apache POI, through the render cache. */
@Service
class DocxDocumentRenderer implements WordDocumentRenderer {

	private final WordContent content;
	private final RenderCache cache;

	DocxDocumentRenderer(DocumentDates dates, DocumentsProperties properties) {
		this.content = new WordContent(dates);
		this.cache = new RenderCache(properties.renderCacheEntries(), properties.renderCacheSize().toBytes());
	}

	@Override
	public RenderedDocument docx(DocumentDescription document, Letterhead letterhead) {
		DocumentLimits.check(document);
		return cache.get(document, letterhead, RenderedDocument.DOCX, () -> render(document, letterhead));
	}

	private RenderedDocument render(DocumentDescription document, Letterhead letterhead) {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			WordPageFrame.apply(word, document, letterhead);
			content.write(word, document, letterhead);
			WordFonts.embed(word);
			var properties = word.getProperties().getCoreProperties();
			properties.setTitle(document.metadata().title());
			properties.setCreator(document.metadata().author());
			properties.setCreated(Optional.of(java.util.Date.from(document.metadata().created())));
			properties.setModified(Optional.of(java.util.Date.from(document.metadata().created())));
			properties.getUnderlyingProperties().setLanguageProperty(document.language().tag());
			word.write(out);
			return new RenderedDocument(document.key(), letterhead.id(), letterhead.version(), RenderedDocument.DOCX,
					out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Word document could not be written.", ex);
		}
	}
}
