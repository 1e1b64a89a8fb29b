/**
 * Delivers documents by e-mail, WhatsApp and signed webhooks.
 */
@ApplicationModule(displayName = "Delivery", allowedDependencies = { "platform", "accounts", "letters", "letters :: content", "knowledge", "review", "paper", "documents", "archive" })
@NullMarked
package dev.katib.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
