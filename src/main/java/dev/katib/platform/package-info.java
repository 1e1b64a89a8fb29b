/**
 * Shared kernel: identifiers, time, problem details, internationalisation and the web and database wiring every module builds on.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {  })
@NullMarked
package dev.katib.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
