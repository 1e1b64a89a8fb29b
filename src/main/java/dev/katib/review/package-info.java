/**
 * Review and signature of letters: who may move a letter through its life and when, the numbers issued to it, the
 * signers' images and signatures, the queues, comments and notifications, and each organisation's settings for
 * all of these.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = { "platform", "accounts", "letters",
		"letters :: content", "knowledge", "documents" })
@NullMarked
package dev.katib.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
