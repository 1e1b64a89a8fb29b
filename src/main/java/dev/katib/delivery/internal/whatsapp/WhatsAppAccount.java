package dev.katib.delivery.internal.whatsapp;

import dev.katib.platform.SecretBox;

/**
 * An organisation's WhatsApp Cloud API account, its secrets opened for one use; never printed whole.
 *
 * @param apiUrl the Graph API's address with its version, e.g. {@code https://graph.facebook.com/v21.0}
 * @param phoneNumberId the id of the business phone number letters are sent from
 * @param token the access token
 * @param appSecret the Meta app's secret, which signs status callbacks
 * @param callbackId the unguessable name of the organisation's callback URL
 * @param verifyToken what Meta must send when it checks the callback URL
 */
record WhatsAppAccount(String apiUrl, String phoneNumberId, String token, String appSecret, String callbackId,
		String verifyToken) {

	@Override
	public String toString() {
		return "WhatsAppAccount[" + apiUrl + ", " + phoneNumberId + ", token=" + SecretBox.masked(token) + "]";
	}
}
