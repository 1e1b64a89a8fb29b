/**
 * Signed outbound webhooks: an organisation's endpoints, the letter and batch-run events they take, their messages,
 * retries, attempt log and replays.
 */
@ApplicationModule(displayName = "Webhooks", allowedDependencies = { "platform", "platform :: outbound", "accounts", "letters", "paper", "automation" })
@NullMarked
package dev.katib.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
