package dev.katib.letters.attachments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.archive.Archive;
import dev.katib.archive.FileContent;
import dev.katib.archive.FileKind;
import dev.katib.archive.StoreRequest;
import dev.katib.archive.StoredFile;
import dev.katib.letters.LetterAttachmentChanged;
import dev.katib.letters.LetterAttachments;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterLifecycle;
import dev.katib.letters.versions.EditRights;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Attaches files to letters. The letter's row is locked while a file is added or taken back, so an
 * attachment never lands on a letter that was just submitted; the file is stored in the same
 * transaction, and the archive removes its bytes again if that transaction does not commit.
 */
@Service
class AttachmentService implements LetterAttachments {

	static final ProblemType LIMIT_REACHED = new ProblemType("attachments-limit-reached", HttpStatus.CONFLICT,
			"Too many attachments");

	private final LetterLifecycle lifecycle;
	private final LetterHistory history;
	private final AttachmentRows rows;
	private final Archive archive;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AttachmentService(LetterLifecycle lifecycle, LetterHistory history, AttachmentRows rows, Archive archive,
			ApplicationEventPublisher events, Clock clock) {
		this.lifecycle = lifecycle;
		this.history = history;
		this.rows = rows;
		this.archive = archive;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attachment> of(Caller caller, UUID letterId) {
		requireReadable(caller, letterId);
		return rows.of(caller.tenantId(), letterId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attachment> ofLetter(UUID tenantId, UUID letterId) {
		return rows.of(tenantId, letterId);
	}

	@Override
	@Transactional
	public Attachment attach(Caller caller, UUID letterId, String filename, byte[] content) {
		Permission.READ_LETTERS.require(caller);
		UUID tenantId = caller.tenantId();
		return lifecycle.change(tenantId, letterId, letter -> {
			EditRights.requireEditable(caller, letter);
			if (rows.count(tenantId, letterId) >= MAX_PER_LETTER) {
				throw new KatibException(LIMIT_REACHED,
						"A letter takes at most " + MAX_PER_LETTER + " attachments; remove one to add another.");
			}
			StoredFile file = archive.store(new StoreRequest(tenantId, caller.userId(), FileKind.ATTACHMENT, filename,
					"application/octet-stream", content, "letter", letterId.toString(), filename, null,
					Map.of("letter", letterId.toString()), null, null));
			var attachment = new Attachment(file.id(), file.filename(), file.contentType(), file.size(),
					file.sha256(), file.storedAt());
			rows.insert(tenantId, letterId, caller.userId(), attachment);
			events.publishEvent(changed(caller, letterId, true, attachment, attachment.addedAt()));
			return attachment;
		});
	}

	@Override
	@Transactional
	public void detach(Caller caller, UUID letterId, UUID attachmentId) {
		Permission.READ_LETTERS.require(caller);
		UUID tenantId = caller.tenantId();
		lifecycle.change(tenantId, letterId, letter -> {
			EditRights.requireEditable(caller, letter);
			Attachment attachment = rows.find(tenantId, letterId, attachmentId)
				.orElseThrow(() -> KatibException.notFound("The attachment"));
			rows.delete(tenantId, letterId, attachmentId);
			archive.discard(tenantId, attachmentId);
			events.publishEvent(changed(caller, letterId, false, attachment, clock.instant()));
			return null;
		});
	}

	@Override
	@Transactional(readOnly = true)
	public FileContent open(Caller caller, UUID letterId, UUID attachmentId) {
		requireReadable(caller, letterId);
		rows.find(caller.tenantId(), letterId, attachmentId)
			.orElseThrow(() -> KatibException.notFound("The attachment"));
		return archive.open(caller.tenantId(), attachmentId);
	}

	private static LetterAttachmentChanged changed(Caller caller, UUID letterId, boolean attached,
			Attachment attachment, Instant at) {
		return new LetterAttachmentChanged(caller.tenantId(), letterId, attached, attachment.id(), attachment.filename(),
				attachment.sha256(), caller.userId(), caller.name(), caller.sourceAddress(), at);
	}

	private void requireReadable(Caller caller, UUID letterId) {
		Permission.READ_LETTERS.require(caller);
		history.letter(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
	}
}
