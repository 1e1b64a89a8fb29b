/**
 * Organisations, their people, roles and sign-in.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "platform" })
@NullMarked
package dev.katib.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
