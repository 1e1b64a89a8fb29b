package dev.katib.usage;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Why a model call counts against no quota. There is one reason only, named here so that no caller can invent
 * another: a batch run's preview, which drafts the first letters of a run before anyone decides to start it.
 * The exempt call is still recorded in the usage ledger, under its purpose, and every exemption is audited.
 *
 * @param purpose why the call is exempt
 * @param reference what it is for, e.g. {@code batch-run:<id>}, kept in the audit trail
 * @param subjectType the kind of thing the call is about ({@code letter}), once known
 * @param subjectId its id
 */
public record QuotaExemption(Purpose purpose, String reference, @Nullable String subjectType,
		@Nullable String subjectId) {

	/** The purposes a call may be exempt for. */
	public enum Purpose {
		/** The letters a batch run's preview drafts. */
		BATCH_PREVIEW
	}

	/** The exemption of the letters previewing a batch run. */
	public static QuotaExemption batchPreview(UUID runId) {
		return new QuotaExemption(Purpose.BATCH_PREVIEW, "batch-run:" + runId, null, null);
	}

	/** The same exemption for the calls about one subject, whose ledger entries then carry its purpose. */
	public QuotaExemption about(String type, String id) {
		return new QuotaExemption(purpose, reference, type, id);
	}
}
