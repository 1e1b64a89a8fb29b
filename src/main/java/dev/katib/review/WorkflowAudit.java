package dev.katib.review;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterTransition;
import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;

/** What the audit trail keeps about the workflow: transitions and changes of settings and signer images. */
sealed interface WorkflowAudit extends AuditableEvent {

	/** A letter moved from one status to another, on one of its versions, possibly receiving its number. */
	record Transitioned(UUID tenantId, UUID actorId, String actor, @Nullable String address, LetterTransition action,
			UUID letterId, LetterStatus from, LetterStatus to, int version, @Nullable String number, Instant at)
			implements WorkflowAudit {

		@Override
		public AuditRecord audit() {
			var details = new java.util.HashMap<String, String>(Map.of("from", from.name(), "to", to.name(), "version",
					Integer.toString(version)));
			if (number != null) {
				details.put("number", number);
			}
			return new AuditRecord(tenantId, actorId, actor, "letters." + past(action), "letter", letterId.toString(),
					Outcome.SUCCESS, address, at, details);
		}

		private static String past(LetterTransition action) {
			return switch (action) {
				case SUBMIT -> "submitted";
				case APPROVE -> "approved";
				case RETURN -> "returned";
				case SIGN -> "signed";
				case SEND -> "sent";
				case CANCEL -> "cancelled";
				case ARCHIVE -> "archived";
			};
		}
	}

	/** An administrator changed how the organisation's workflow runs. */
	record SettingsChanged(UUID tenantId, UUID actorId, String actor, @Nullable String address, Instant at)
			implements WorkflowAudit {

		@Override
		public AuditRecord audit() {
			return new AuditRecord(tenantId, actorId, actor, "letters.workflow-settings-changed", "organisation",
					tenantId.toString(), Outcome.SUCCESS, address, at, Map.of());
		}
	}

	/** A signer uploaded or removed their signature or stamp image. */
	record SignerImageChanged(UUID tenantId, UUID actorId, String actor, @Nullable String address, String image,
			boolean removed, Instant at) implements WorkflowAudit {

		@Override
		public AuditRecord audit() {
			return new AuditRecord(tenantId, actorId, actor,
					removed ? "letters.signer-image-removed" : "letters.signer-image-uploaded", "user",
					actorId.toString(), Outcome.SUCCESS, address, at, Map.of("image", image));
		}
	}
}
