/**
 * Formal letters from first draft to signature: categories, rules, versions and workflow.
 */
@ApplicationModule(displayName = "Letters", allowedDependencies = { "platform", "accounts", "usage", "ai", "documents", "knowledge", "archive" })
@NullMarked
package dev.katib.letters;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
