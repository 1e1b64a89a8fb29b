package dev.katib.delivery.internal;

import dev.katib.delivery.Channel;

/** Sends a parcel over one channel, or says why it could not. */
interface ChannelSender {

	Channel channel();

	/**
	 * @throws DeliveryProblem when the parcel did not go out; {@link DeliveryProblem#permanent()} when
	 * trying again cannot help
	 */
	void send(Parcel parcel);
}
