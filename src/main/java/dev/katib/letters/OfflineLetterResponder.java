package dev.katib.letters;

import org.springframework.stereotype.Component;

import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.OfflineResponder;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.letters.phrases.OrganisationPhrases;
import dev.katib.letters.composing.PhraseBank;
import dev.katib.letters.composing.Variation;
import dev.katib.letters.content.LetterAnswer;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;

/**
 * Drafts letters with the {@link OfflineDraftingEngine} when no language model is configured: the gateway's
 * offline provider asks it for every {@value LetterDrafting#TASK} call.
 */
@Component
class OfflineLetterResponder implements OfflineResponder {

	private final OrganisationPhrases phrases;

	OfflineLetterResponder(OrganisationPhrases phrases) {
		this.phrases = phrases;
	}

	@Override
	public boolean supports(String task) {
		return LetterDrafting.TASK.equals(task);
	}

	@Override
	public <T> T respond(ModelRequest<T> request) {
		DraftingRequest drafting = DraftingInputs.read(request)
			.orElseThrow(() -> new ModelCallException(CallOutcome.REJECTED,
					"The drafting request carries no structured inputs the offline engine can read."));
		PhraseBank bank = phrases.bank(request.attribution().tenantId());
		return switch (OfflineDraftingEngine.draft(drafting, bank,
				Variation.of(drafting.request(), drafting.recipient()))) {
			case Verdict.Accepted<Draft>(Draft draft) -> request.outputType().cast(LetterAnswer.of(draft.letter()));
			case Verdict.Rejected<Draft>(var violations) -> throw new ModelCallException(CallOutcome.REFUSED,
					"The offline engine cannot draft a correct letter from this request: "
							+ violations.getFirst().quote(),
					violations.stream().map(Violation::quote).toList(), null);
		};
	}

}
