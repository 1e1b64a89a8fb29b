/**
 * An organisation's own data where it lives: data sources (Airtable, Google Sheets, built-in tables),
 * their tables and typed fields, records, imports of rows, field mappings for letters, and the
 * {@link dev.katib.connectors.RecordsChanged} events when records change.
 */
@ApplicationModule(displayName = "Connectors",
		allowedDependencies = { "platform", "platform :: ratelimit", "accounts" })
@NullMarked
package dev.katib.connectors;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
