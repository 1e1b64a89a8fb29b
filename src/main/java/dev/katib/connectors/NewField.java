package dev.katib.connectors;

/**
 * A column of a new built-in table.
 *
 * @param name its name
 * @param type what it holds: text, longText, email, url, phone, number, checkbox, date, dateTime
 */
public record NewField(String name, String type) {
}
