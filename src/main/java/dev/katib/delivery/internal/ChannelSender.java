package dev.katib.delivery.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.delivery.Channel;

/** Sends a parcel over one channel, or says why it could not. */
public interface ChannelSender {

	Channel channel();

	/** Whether this organisation can send over the channel (it may need its own account, e.g. for WhatsApp). */
	default boolean availableTo(UUID tenantId) {
		return true;
	}

	/**
	 * @return the provider's id of the message, which its status reports name; {@code null} when it has none
	 * @throws DeliveryProblem when the parcel did not go out; {@link DeliveryProblem#permanent()} when
	 * trying again cannot help
	 */
	@Nullable String send(Parcel parcel);
}
