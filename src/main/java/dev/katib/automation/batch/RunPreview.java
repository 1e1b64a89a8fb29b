package dev.katib.automation.batch;

import java.util.List;

import dev.katib.letters.LetterView;
import dev.katib.usage.RunEstimate;

/**
 * A run's preview: the letters of its first records, drafted for real without using the quota, and what the
 * whole run will take, estimated from their real usage.
 *
 * @param letters the preview letters, as their drafting ended (or as they are when the wait ran out)
 * @param estimate the run's tokens, cost and whether this month's quotas cover it: {@code count} is the number
 *        of records the run would draft now, {@code sampled} the preview letters the estimate is drawn from
 */
record RunPreview(List<LetterView> letters, RunEstimate estimate) {
}
