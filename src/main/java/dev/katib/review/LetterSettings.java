package dev.katib.review;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;

/** The organisation's letter settings, read and changed by its owners and administrators. */
@Service
class LetterSettings {

	private final SettingsStore store;
	private final WritingKnowledge knowledge;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LetterSettings(SettingsStore store, WritingKnowledge knowledge, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.knowledge = knowledge;
		this.events = events;
		this.clock = clock;
	}

	/** @throws KatibException forbidden without {@link Permission#MANAGE_ORGANISATION} */
	@Transactional(readOnly = true)
	WorkflowSettings of(Caller caller) {
		return store.settings(Permission.MANAGE_ORGANISATION.require(caller).tenantId());
	}

	/**
	 * Saves the settings and records who changed them.
	 *
	 * @throws KatibException forbidden without {@link Permission#MANAGE_ORGANISATION}; validation failed, naming
	 *         {@code reviewOptionalFor}, for a category the organisation does not have
	 */
	@Transactional
	WorkflowSettings change(Caller caller, WorkflowSettings settings) {
		Permission.MANAGE_ORGANISATION.require(caller);
		for (String category : settings.reviewOptionalFor().stream().sorted().toList()) {
			if (knowledge.category(caller.tenantId(), category).isEmpty()) {
				throw Inputs.invalid("reviewOptionalFor", "The organisation has no category '" + category + "'.");
			}
		}
		store.save(caller.tenantId(), settings);
		events.publishEvent(new WorkflowAudit.SettingsChanged(caller.tenantId(), caller.userId(), caller.name(),
				caller.sourceAddress(), clock.instant()));
		return store.settings(caller.tenantId());
	}
}
