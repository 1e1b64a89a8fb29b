/**
 * A letter on paper: any version as PDF or DOCX on the organisation's letterhead ({@code downloads}), and the final
 * PDF of a signed letter archived once with its verification code ({@code archiving}).
 */
@ApplicationModule(displayName = "Paper", allowedDependencies = { "platform", "accounts", "letters",
		"letters :: content", "knowledge", "documents", "archive" })
@NullMarked
package dev.katib.paper;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
