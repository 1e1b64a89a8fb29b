/**
 * Talks to language models: providers, structured output, streaming and resilience.
 */
@ApplicationModule(displayName = "AI", allowedDependencies = { "platform" })
@NullMarked
package dev.katib.ai;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
