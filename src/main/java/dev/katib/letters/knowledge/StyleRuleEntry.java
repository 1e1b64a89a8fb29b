package dev.katib.letters.knowledge;

import java.util.UUID;

import dev.katib.letters.prompt.StyleRule;

/**
 * A stored style rule of the organisation.
 *
 * @param id the rule's id
 * @param rule the rule, for every category (no category key) or for one
 */
public record StyleRuleEntry(UUID id, StyleRule rule) {
}
