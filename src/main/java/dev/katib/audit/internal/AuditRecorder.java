package dev.katib.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.AuditableEvent;

/**
 * Writes every auditable event into the trail synchronously, in the transaction that published it:
 * the entry commits with the change it records and rolls back with it. An event published outside a
 * transaction is written in a transaction of its own. When the entry cannot be written the
 * publisher's transaction fails too, so no audited change goes unrecorded.
 * <p>
 * A publisher that wants a failure recorded even though its own work rolls back (a refused sign-in,
 * say) publishes the event outside the transaction it rolls back.
 */
@Component
class AuditRecorder {

	private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

	private final AuditAppender appender;

	AuditRecorder(AuditAppender appender) {
		this.appender = appender;
	}

	@EventListener
	@Transactional
	void on(AuditableEvent event) {
		var entry = appender.append(event.audit());
		log.debug("Audited {} as entry {} of tenant {}", entry.action(), entry.sequence(), entry.tenantId());
	}
}
