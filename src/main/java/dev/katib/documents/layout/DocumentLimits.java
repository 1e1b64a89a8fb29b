package dev.katib.documents.layout;

import dev.katib.documents.BodyBlock;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentProblems;
import dev.katib.platform.KatibException;

/**
 * How much a document may hold, so one request cannot make the renderer work for minutes: about
 * thirty pages of text at most.
 */
public final class DocumentLimits {

	static final int MAX_BLOCKS = 500;
	static final int MAX_CHARACTERS = 100_000;
	static final int MAX_TABLE_CELLS = 2_000;

	private DocumentLimits() {
	}

	public static void check(DocumentDescription document) {
		if (document.body().size() > MAX_BLOCKS) {
			throw tooLarge("A document has at most " + MAX_BLOCKS + " blocks.");
		}
		long characters = document.header().subject().length();
		long cells = 0;
		for (BodyBlock block : document.body()) {
			switch (block) {
				case BodyBlock.Paragraph p -> characters += p.text().length();
				case BodyBlock.Line l -> characters += l.text().length();
				case BodyBlock.AddresseeLine a -> characters += a.addressee().length()
						+ (a.farEnd() == null ? 0 : a.farEnd().length());
				case BodyBlock.Table t -> {
					cells += (long) t.header().size() * (t.rows().size() + 1);
					characters += t.header().stream().mapToLong(String::length).sum()
							+ t.rows().stream().flatMap(r -> r.stream()).mapToLong(String::length).sum();
				}
			}
		}
		if (characters > MAX_CHARACTERS) {
			throw tooLarge("A document holds at most " + MAX_CHARACTERS + " characters of text.");
		}
		if (cells > MAX_TABLE_CELLS) {
			throw tooLarge("A document's tables hold at most " + MAX_TABLE_CELLS + " cells.");
		}
	}

	private static KatibException tooLarge(String detail) {
		return new KatibException(DocumentProblems.DOCUMENT_TOO_LARGE, detail);
	}
}
