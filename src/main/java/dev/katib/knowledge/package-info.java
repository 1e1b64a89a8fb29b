/**
 * An organisation's writing knowledge: its categories of letters, style rules, reference letters, introduction
 * and recipients directory, and each writer's own preferences.
 */
@ApplicationModule(displayName = "Knowledge", allowedDependencies = { "platform", "accounts", "archive" })
@NullMarked
package dev.katib.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
