package dev.katib.delivery.internal;

import java.util.UUID;

/** What a channel sends: the letter's archived PDF, and how to name it. */
record Parcel(UUID tenantId, UUID letterId, String recipient, String verificationCode, String fileName, byte[] pdf) {
}
