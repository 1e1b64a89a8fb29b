/**
 * Records what every organisation uses and holds it to its quotas.
 */
@ApplicationModule(displayName = "Usage", allowedDependencies = { "platform", "accounts", "ai" })
@NullMarked
package dev.katib.usage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
