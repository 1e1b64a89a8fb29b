package dev.katib.documents.pdf;

/** A stretch of plain text in one style; a line or paragraph is a list of them, in reading order. */
record Span(String text, Style style) {
}
