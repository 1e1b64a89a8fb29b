package dev.katib.automation.batch;

import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Colleagues.Colleague;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The member a run drafts as, with the roles they hold when each chunk starts: a writer who lost the right to
 * write letters, or left the organisation, stops their runs rather than drafting in their name.
 */
@Component
class RunWriters {

	private final Colleagues colleagues;

	RunWriters(Colleagues colleagues) {
		this.colleagues = colleagues;
	}

	Caller writerOf(BatchRun run) {
		Colleague writer = colleagues.find(run.tenantId(), run.writerId())
			.filter(Colleague::active)
			.orElseThrow(() -> new KatibException(ProblemType.FORBIDDEN,
					"The member who created this run is no longer active in the organisation."));
		return new Caller(run.tenantId(), writer.id(), writer.name(), writer.roles(),
				Locale.forLanguageTag(writer.language()), null);
	}
}
