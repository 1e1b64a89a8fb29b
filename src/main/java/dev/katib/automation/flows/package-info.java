/**
 * Automations: a trigger, conditions and steps, run durably as executions whose every step is kept.
 */
@NullMarked
package dev.katib.automation.flows;

import org.jspecify.annotations.NullMarked;
