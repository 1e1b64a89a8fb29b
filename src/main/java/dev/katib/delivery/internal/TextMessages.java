package dev.katib.delivery.internal;

import java.util.UUID;

/** Short text messages to a member's phone over the organisation's WhatsApp account, for signers' digests. */
public interface TextMessages {

	/** Whether the organisation has a WhatsApp account to send from. */
	boolean availableTo(UUID tenantId);

	/**
	 * Sends the text; answers the provider's message id.
	 *
	 * @throws DeliveryProblem when WhatsApp refused it or could not be reached
	 */
	String sendText(UUID tenantId, String phone, String text);
}
