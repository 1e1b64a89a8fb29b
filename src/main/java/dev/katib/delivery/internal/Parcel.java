package dev.katib.delivery.internal;

import java.util.List;
import java.util.UUID;

/** What a channel sends: the letter's archived PDF, how to name it, and the files that go with the letter. */
public record Parcel(UUID tenantId, UUID letterId, String recipient, String verificationCode, String fileName, byte[] pdf,
		List<Enclosure> enclosures) {

	public Parcel {
		enclosures = List.copyOf(enclosures);
	}

	/** A file attached to the letter, sent with it where the channel carries more than one file. */
	public record Enclosure(String fileName, String contentType, byte[] content) {
	}
}
