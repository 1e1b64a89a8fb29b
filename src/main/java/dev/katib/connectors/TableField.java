package dev.katib.connectors;

/**
 * A column of a table.
 *
 * @param id its id in the source (Airtable's {@code fld…}; the name for sources without ids)
 * @param name its name, which records use as the key of its values
 * @param type what it holds
 */
public record TableField(String id, String name, FieldType type) {
}
