/**
 * Reads and writes records in Airtable, Google Sheets and uploaded spreadsheets.
 */
@ApplicationModule(displayName = "Connectors", allowedDependencies = { "platform" })
@NullMarked
package dev.katib.connectors;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
