package dev.katib.paper.archiving;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.katib.letters.LetterTransitioned;

/**
 * Archives a letter's final PDF when it is signed (or sent, if it was not archived yet), and keeps the
 * archived file's status in step afterwards. Archiving is idempotent, so a repeated event changes nothing.
 */
@Component
class PaperArchiving {

	private final LetterArchiving papers;

	PaperArchiving(LetterArchiving papers) {
		this.papers = papers;
	}

	@ApplicationModuleListener
	void on(LetterTransitioned transition) {
		if (transition.to().signed()
				&& papers.archive(transition.tenantId(), transition.letterId(), transition.actorId())) {
			return;
		}
		papers.statusChanged(transition.tenantId(), transition.letterId());
	}
}
