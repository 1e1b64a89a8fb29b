/**
 * The AI assistant over an organisation's data, and the MCP server that offers the same tools.
 */
@ApplicationModule(displayName = "Assistant", allowedDependencies = { "platform", "accounts", "usage", "letters", "letters :: content", "knowledge", "review", "paper", "automation", "delivery", "documents", "archive", "connectors", "ai" })
@NullMarked
package dev.katib.assistant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
