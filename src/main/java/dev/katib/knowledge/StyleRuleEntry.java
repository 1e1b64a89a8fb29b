package dev.katib.knowledge;

import java.util.UUID;


/**
 * A stored style rule of the organisation.
 *
 * @param id the rule's id
 * @param rule the rule, for every category (no category key) or for one
 */
public record StyleRuleEntry(UUID id, StyleRule rule) {
}
