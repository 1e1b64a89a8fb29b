package dev.katib.connectors.airtable;

/** A verified notification of an Airtable webhook: its payloads wait to be read. */
record WebhookNotified(String webhookId) {
}
