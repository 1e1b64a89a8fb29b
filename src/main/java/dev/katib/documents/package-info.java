/**
 * Renders neutral document descriptions on letterheads as PDF and DOCX.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = { "platform", "accounts" })
@NullMarked
package dev.katib.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
