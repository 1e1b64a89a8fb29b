package dev.katib.documents;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** One block of a document's body, in reading order. Every text is plain text, never markup. */
public sealed interface BodyBlock {

	/** A paragraph of running text that wraps across lines and pages. */
	record Paragraph(String text) implements BodyBlock {

		public Paragraph {
			Objects.requireNonNull(text, "text");
		}
	}

	/**
	 * A line on its own, such as the centred basmala, the greeting or the closing formula.
	 *
	 * @param emphasised printed in bold
	 */
	record Line(String text, Alignment alignment, boolean emphasised) implements BodyBlock {

		public Line {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(alignment, "alignment");
		}
	}

	/**
	 * The addressee line: honorific, title and name at the start, and a short phrase such as
	 * «حفظه الله» at the far end of the same line.
	 */
	record AddresseeLine(String addressee, @Nullable String farEnd) implements BodyBlock {

		public AddresseeLine {
			Objects.requireNonNull(addressee, "addressee");
		}
	}

	/** A simple table: a header row and rows of plain-text cells, laid out in the document's direction. */
	record Table(List<String> header, List<List<String>> rows) implements BodyBlock {

		public Table {
			header = List.copyOf(header);
			rows = rows.stream().<List<String>>map(List::copyOf).toList();
			if (header.isEmpty()) {
				throw new IllegalArgumentException("A table needs at least one column.");
			}
			for (List<String> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException("Every row of a table has as many cells as its header.");
				}
			}
		}
	}
}
