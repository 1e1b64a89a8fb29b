package dev.katib.delivery;

/** How a letter reaches its recipient. */
public enum Channel {
	/** As a PDF attachment to an e-mail, over the organisation's SMTP server. */
	EMAIL,
	/** As a PDF document message over the WhatsApp Cloud API. */
	WHATSAPP
}
