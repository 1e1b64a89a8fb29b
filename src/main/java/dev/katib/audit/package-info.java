/**
 * The append-only, hash-chained trail of who did what.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "platform", "accounts", "usage", "letters", "knowledge", "review", "paper", "automation", "delivery", "assistant", "documents", "archive", "connectors", "ai" })
@NullMarked
package dev.katib.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
