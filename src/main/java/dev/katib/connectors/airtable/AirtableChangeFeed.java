package dev.katib.connectors.airtable;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import dev.katib.connectors.RecordsChanged;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.internal.SourceAccessPolicy;
import dev.katib.connectors.internal.TableWatched;
import dev.katib.connectors.internal.WebhookRows;

/**
 * Changes from Airtable's webhooks as {@link RecordsChanged} events: a watched table's base gets a
 * webhook, a verified notification is queued in the event registry (so a restart loses none) and
 * its payloads are read after the answer has gone back to Airtable.
 */
class AirtableChangeFeed implements dev.katib.connectors.internal.SourceCleanup {

	private static final Logger log = LoggerFactory.getLogger(AirtableChangeFeed.class);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AirtableWebhooks webhooks;
	private final SourceAccessPolicy access;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	AirtableChangeFeed(AirtableWebhooks webhooks, SourceAccessPolicy access, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.webhooks = webhooks;
		this.access = access;
		this.events = events;
		this.transactions = transactions;
	}

	@Async
	@TransactionalEventListener
	void on(TableWatched watched) {
		access.openForOrganisation(watched.tenantId(), watched.table().sourceId())
			.ifPresent(source -> webhooks.ensure(source, watched.table().baseId()));
	}

	@Override
	public void removing(SourceAccess source) {
		if (source.kind() == dev.katib.connectors.SourceKind.AIRTABLE) {
			webhooks.deleteAll(source);
		}
	}

	/** A notification as Airtable sent it; false when it is not one of our webhooks' or its MAC is wrong. */
	boolean notified(byte[] body, String macHeader) {
		String webhookId;
		try {
			webhookId = JSON.readTree(body).path("webhook").path("id").asString("");
		}
		catch (tools.jackson.core.JacksonException notJson) {
			return false;
		}
		// an id Airtable never gives (NUL, symbols, a novel's length) cannot be one of ours: not looked up
		if (!webhookId.matches("[A-Za-z0-9]{1,64}") || webhooks.verify(body, webhookId, macHeader).isEmpty()) {
			return false;
		}
		transactions.executeWithoutResult(status -> events.publishEvent(new WebhookNotified(webhookId)));
		return true;
	}

	@Async
	@TransactionalEventListener
	void on(WebhookNotified notified) {
		webhooks.webhook(notified.webhookId()).ifPresent(webhook -> {
			Optional<SourceAccess> source = access.openForOrganisation(webhook.tenantId(), webhook.sourceId());
			if (source.isEmpty()) {
				return;
			}
			WebhookChanges changes = webhooks.read(source.get(), webhook);
			transactions.executeWithoutResult(status -> changes.changed.forEach((table, ids) -> {
				Set<String> gone = changes.destroyed.getOrDefault(table, Set.of());
				if (!ids.isEmpty() || !gone.isEmpty()) {
					events.publishEvent(new RecordsChanged(webhook.tenantId(),
							new TableRef(webhook.sourceId(), webhook.baseId(), table), ids, gone, RecordsChanged.Origin.WEBHOOK));
				}
			}));
		});
	}

	/** Keeps every webhook alive: Airtable drops one seven days after its last refresh. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	void refreshExpiring() {
		for (WebhookRows.Webhook webhook : webhooks.expiring()) {
			try {
				access.openForOrganisation(webhook.tenantId(), webhook.sourceId())
					.ifPresent(source -> webhooks.refresh(source, webhook));
			}
			catch (RuntimeException ex) {
				log.warn("Refreshing Airtable webhook {} of source {} failed: {}", webhook.webhookId(), webhook.sourceId(),
						ex.getMessage());
			}
		}
	}
}
