package dev.katib.delivery;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.accounts.Caller;

/**
 * Sends signed letters to their recipients as their archived PDF. A delivery is a durable job: it is
 * stored before anything is sent, tried until it succeeds or runs out of attempts (with a growing
 * pause between them), and every attempt is logged. Automations and batch runs call this the same way
 * the API does.
 */
public interface Deliveries {

	/**
	 * Queues the letter's archived PDF for the recipient.
	 *
	 * @param idempotencyKey the client's key: the same key in the same organisation answers the
	 * delivery it first created instead of queueing another
	 * @throws dev.katib.platform.KatibException {@code not-found} when the letter is not archived in the
	 * caller's organisation, {@code validation-failed} naming {@code recipient} when it is not an
	 * address of the channel, {@code forbidden} without the permission to send letters
	 */
	Delivery deliver(Caller caller, UUID letterId, Channel channel, String recipient, @Nullable String idempotencyKey);

	default Delivery deliver(Caller caller, UUID letterId, Channel channel, String recipient) {
		return deliver(caller, letterId, channel, recipient, null);
	}

	/** The letter's deliveries, newest first, with their attempts. */
	List<Delivery> ofLetter(Caller caller, UUID letterId);
}
