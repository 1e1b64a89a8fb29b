package dev.katib.documents.web;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.documents.LetterheadChanged;
import dev.katib.documents.LetterheadVersion;

/** Tells the audit trail who changed the letterhead, from the API or the letterhead page. */
@Component
class LetterheadAudit {

	private final ApplicationEventPublisher events;
	private final Clock clock;

	LetterheadAudit(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	LetterheadVersion changed(Caller caller, LetterheadChanged.Change change, LetterheadVersion version) {
		events.publishEvent(new LetterheadChanged(caller.tenantId(), caller.userId(), caller.name(),
				caller.sourceAddress(), change, version.letterhead().version(), clock.instant()));
		return version;
	}
}
