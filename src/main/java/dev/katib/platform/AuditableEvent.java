package dev.katib.platform;

/**
 * An event that belongs in the audit trail. Modules publish their events as usual; the audit module
 * records every one that implements this, in the transaction that published it.
 */
public interface AuditableEvent {

	AuditRecord audit();
}
