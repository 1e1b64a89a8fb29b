/**
 * The assistant's tool catalogue served to outside AI clients over MCP (Streamable HTTP at {@code /mcp}), as the
 * member or API key the bearer token names.
 */
@NullMarked
package dev.katib.assistant.mcp;

import org.jspecify.annotations.NullMarked;
