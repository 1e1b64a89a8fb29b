package dev.katib.documents.pdf;

/** Where set lines sit across their width; {@code JUSTIFY} fills every line but the last. */
enum LineAlignment {
	START, CENTRE, END, JUSTIFY
}
