/**
 * Runs batches and workflows over records, on demand and on schedules.
 */
@ApplicationModule(displayName = "Automation", allowedDependencies = { "platform", "platform :: outbound", "accounts", "usage", "letters", "knowledge", "review", "paper", "delivery", "documents", "archive", "connectors", "ai" })
@NullMarked
package dev.katib.automation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
