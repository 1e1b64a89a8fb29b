package dev.katib.paper.printing;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Colleagues.OrganisationNames;
import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadDraft;
import dev.katib.documents.Letterheads;
import dev.katib.documents.Margins;
import dev.katib.documents.PageSize;

/**
 * The letterhead a letter is printed on. An organisation that has not designed one yet gets a plain first
 * version carrying its registered names, activated so that its letters can be printed, signed and archived
 * from the first day; admins replace it with their own design on the letterhead page.
 */
@Component
public class FirstLetterhead {

	private final Letterheads letterheads;
	private final Colleagues colleagues;

	FirstLetterhead(Letterheads letterheads, Colleagues colleagues) {
		this.letterheads = letterheads;
		this.colleagues = colleagues;
	}

	public Letterhead of(UUID tenantId) {
		return letterheads.active(tenantId).orElseGet(() -> {
			OrganisationNames names = colleagues.names(tenantId).orElse(null);
			if (names == null || !letterheads.versions(tenantId).isEmpty()) {
				// a design in progress is the admins' to activate; say so rather than print over it
				return letterheads.requireActive(tenantId);
			}
			var plain = new LetterheadDraft(names.arabic(), names.english(), null, "#0b5d4b", "#6b5a2e", List.of(),
					new Margins(38, 20, 25, 20), PageSize.A4);
			letterheads.activate(tenantId, letterheads.createDraft(tenantId, plain).letterhead().version());
			return letterheads.requireActive(tenantId);
		});
	}
}
