/**
 * Stores, indexes, searches and verifies files.
 */
@ApplicationModule(displayName = "Archive", allowedDependencies = { "platform", "accounts" })
@NullMarked
package dev.katib.archive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
