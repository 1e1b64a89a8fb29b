package dev.katib.archive.internal;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Watches the text Tika writes: counts the paragraphs, and stops the parser once the time for the
 * document is up, so that a document built to keep a parser busy gives up its thread.
 */
class ParagraphsAndDeadline extends ContentHandlerDecorator {

	private final long deadlineNanos;
	private int paragraphs;

	ParagraphsAndDeadline(ContentHandler handler, long deadlineNanos) {
		super(handler);
		this.deadlineNanos = deadlineNanos;
	}

	int paragraphs() {
		return paragraphs;
	}

	@Override
	public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
		checkTime();
		if ("p".equals(localName)) {
			paragraphs++;
		}
		super.startElement(uri, localName, name, attributes);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		checkTime();
		super.characters(ch, start, length);
	}

	private void checkTime() throws SAXException {
		if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
			throw new SAXException("The time for extracting this document's text is up");
		}
	}
}
