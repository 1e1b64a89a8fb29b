package dev.katib.connectors;

/**
 * A group of tables in a source: an Airtable base, a spreadsheet, or the built-in tables.
 *
 * @param id its id in the source
 * @param name its name
 */
public record Base(String id, String name) {
}
