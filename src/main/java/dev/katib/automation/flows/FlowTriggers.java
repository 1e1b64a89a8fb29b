package dev.katib.automation.flows;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import dev.katib.accounts.Caller;
import dev.katib.connectors.RecordsChanged;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.letters.LetterTransition;
import dev.katib.letters.LetterTransitioned;
import dev.katib.platform.Hashes;
import dev.katib.platform.KatibException;

/**
 * Fires the automations whose trigger is an event: a record created or changed in their table (as the connectors
 * module reports it, by webhook, polling or Katib's own writes), and a letter submitted, approved, returned or
 * signed. A record fires an automation {@code on: created} once; {@code on: changed} once per distinct content, so
 * a change reported twice (by a webhook and by polling) starts one execution.
 */
@Component
class FlowTriggers {

	static final int MAX_RECORDS_PER_EVENT = 100;
	private static final Logger log = LoggerFactory.getLogger(FlowTriggers.class);

	private final AutomationStore automations;
	private final Executions executions;
	private final AutomationOwners owners;
	private final SourceRecords records;

	FlowTriggers(AutomationStore automations, Executions executions, AutomationOwners owners, SourceRecords records) {
		this.automations = automations;
		this.executions = executions;
		this.owners = owners;
		this.records = records;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RecordsChanged changed) {
		for (Automation automation : automations.enabled(changed.tenantId(), TriggerKind.RECORD)) {
			if (!DefinitionRules.ref(automation.definition().trigger()).equals(changed.table())) {
				continue;
			}
			Caller owner;
			try {
				owner = owners.of(automation.tenantId(), automation.ownerId());
			}
			catch (KatibException gone) {
				log.info("Automation {} did not fire: {}", automation.id(), gone.getMessage());
				continue;
			}
			changed.recordIds().stream().sorted().limit(MAX_RECORDS_PER_EVENT).forEach(recordId -> {
				try {
					fire(automation, owner, recordId);
				}
				catch (KatibException unreadable) {
					// a record removed meanwhile, or a source the owner may no longer read: the others still fire
					log.info("Automation {} did not fire for record {}: {}", automation.id(), recordId,
							unreadable.getMessage());
				}
			});
		}
	}

	private void fire(Automation automation, Caller owner, String recordId) {
		Trigger trigger = automation.definition().trigger();
		SourceRecord record = records.get(owner, DefinitionRules.ref(trigger), recordId);
		Map<String, String> fields = RecordFields.of(record);
		if (trigger.readyField() != null
				&& !new FlowCondition(trigger.readyField(), "not_empty", null).holds(fields)) {
			return;
		}
		String key = "changed".equals(trigger.on())
				? "record:" + Hashes.sha256Hex(recordId + "\n" + AutomationStore.JSON.writeValueAsString(
						new java.util.TreeMap<>(fields)))
				: "record:" + recordId;
		executions.start(automation, TriggerKind.RECORD, key, Map.of("recordId", recordId, "fields", fields), fields);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(LetterTransitioned transitioned) {
		String event = event(transitioned.transition());
		if (event == null) {
			return;
		}
		List<Automation> listening = automations.enabled(transitioned.tenantId(), TriggerKind.LETTER).stream()
			.filter(automation -> event.equals(automation.definition().trigger().letterEvent()))
			.toList();
		for (Automation automation : listening) {
			Map<String, String> fields = Map.of(FlowFields.LETTER_ID, transitioned.letterId().toString(),
					FlowFields.LETTER_STATUS, transitioned.to().name());
			executions.start(automation, TriggerKind.LETTER,
					"letter:" + transitioned.letterId() + ":" + event + ":" + transitioned.at().toEpochMilli(),
					Map.of("letterId", transitioned.letterId().toString(), "event", event, "actor",
							transitioned.actor()),
					fields);
		}
	}

	private static String event(LetterTransition transition) {
		return switch (transition) {
			case SUBMIT -> "submitted";
			case APPROVE -> "approved";
			case RETURN -> "returned";
			case SIGN -> "signed";
			default -> null;
		};
	}
}
