/**
 * Calls Katib makes to addresses its users give (webhooks, automations' calls): where they may go, signed by the
 * Standard Webhooks specification, and sent only to the addresses that were checked.
 */
@NamedInterface("outbound")
@NullMarked
package dev.katib.platform.outbound;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
