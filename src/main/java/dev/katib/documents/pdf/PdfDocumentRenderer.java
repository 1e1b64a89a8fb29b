package dev.katib.documents.pdf;

import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.Letterhead;
import dev.katib.documents.RenderedDocument;
import dev.katib.documents.layout.DocumentLimits;
import dev.katib.documents.layout.DocumentsProperties;
import dev.katib.documents.layout.RenderCache;

import org.springframework.stereotype.Service;

/** Lays a document out on its letterhead as XHTML and prints it to PDF, through the render cache. */
@Service
class PdfDocumentRenderer implements DocumentRenderer {

	private final PdfEngine engine;
	private final DocumentContent content;
	private final RenderCache cache;

	PdfDocumentRenderer(PdfEngine engine, DocumentDates dates, DocumentsProperties properties) {
		this.engine = engine;
		this.content = new DocumentContent(dates);
		this.cache = new RenderCache(properties.renderCacheEntries(), properties.renderCacheSize().toBytes());
	}

	@Override
	public RenderedDocument pdf(DocumentDescription document, Letterhead letterhead) {
		DocumentLimits.check(document);
		return cache.get(document, letterhead, RenderedDocument.PDF, () -> render(document, letterhead));
	}

	private RenderedDocument render(DocumentDescription document, Letterhead letterhead) {
		OfflineResources resources = new OfflineResources();
		String xhtml = xhtml(document, letterhead, resources);
		var info = new PdfEngine.PdfInfo(document.metadata().title(), document.metadata().author(),
				document.language().tag(), document.language().rightToLeft(), document.metadata().created(),
				document.key() + "/" + letterhead.id() + "/" + letterhead.version());
		byte[] pdf = engine.render(xhtml, resources, info);
		return new RenderedDocument(document.key(), letterhead.id(), letterhead.version(), RenderedDocument.PDF, pdf);
	}

	String xhtml(DocumentDescription document, Letterhead letterhead, OfflineResources resources) {
		boolean rtl = document.language().rightToLeft();
		Markup out = new Markup(rtl);
		out.raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + document.language().tag() + "\" dir=\""
				+ (rtl ? "rtl" : "ltr") + "\"><head><title>")
			.attribute(document.metadata().title())
			.raw("</title>\n");
		PageFrame.styles(out, document, letterhead);
		out.raw("</head><body>\n");
		PageFrame.header(out, letterhead, resources);
		PageFrame.footer(out, document, letterhead);
		content.write(out, document, resources);
		out.raw("</body></html>\n");
		return out.toString();
	}
}
