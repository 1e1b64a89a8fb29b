package dev.katib.documents.letterhead;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.documents.DocumentProblems;
import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadDraft;
import dev.katib.documents.LetterheadVersion;
import dev.katib.documents.Letterheads;
import dev.katib.documents.layout.DocumentsProperties;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Creates, edits and activates letterhead versions, one organisation at a time. */
@Service
@Transactional
class LetterheadService implements Letterheads {

	private final LetterheadRepository repository;
	private final LogoCheck logoCheck;
	private final Clock clock;

	LetterheadService(LetterheadRepository repository, DocumentsProperties properties, Clock clock) {
		this.repository = repository;
		this.logoCheck = new LogoCheck(properties.maxLogoSize().toBytes());
		this.clock = clock;
	}

	@Override
	public LetterheadVersion createDraft(UUID tenantId, LetterheadDraft draft) {
		repository.lockTenant(tenantId);
		Letterhead letterhead = letterhead(Ids.newId(clock), tenantId, repository.latestVersion(tenantId) + 1, draft);
		try {
			repository.insert(letterhead, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new KatibException(ProblemType.CONFLICT, "Another letterhead version was created at the same time.");
		}
		return repository.find(tenantId, letterhead.version()).orElseThrow();
	}

	@Override
	public LetterheadVersion updateDraft(UUID tenantId, int version, LetterheadDraft draft) {
		LetterheadVersion existing = require(tenantId, version);
		Letterhead letterhead = letterhead(existing.letterhead().id(), tenantId, version, draft);
		if (!repository.updateDraft(letterhead)) {
			throw notDraft(version);
		}
		return repository.find(tenantId, version).orElseThrow();
	}

	@Override
	public LetterheadVersion activate(UUID tenantId, int version) {
		repository.lockTenant(tenantId);
		require(tenantId, version);
		repository.retireActive(tenantId);
		if (!repository.activateDraft(tenantId, version, clock.instant())) {
			throw notDraft(version);
		}
		return repository.find(tenantId, version).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Letterhead> active(UUID tenantId) {
		return repository.active(tenantId).map(LetterheadVersion::letterhead);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LetterheadVersion> find(UUID tenantId, int version) {
		return repository.find(tenantId, version);
	}

	@Override
	@Transactional(readOnly = true)
	public List<LetterheadVersion> versions(UUID tenantId) {
		return repository.all(tenantId);
	}

	@Override
	@Transactional(readOnly = true)
	public Letterhead preview(UUID tenantId, LetterheadDraft draft) {
		return letterhead(new UUID(0, 0), tenantId, repository.latestVersion(tenantId) + 1, draft);
	}

	private Letterhead letterhead(UUID id, UUID tenantId, int version, LetterheadDraft draft) {
		DraftCheck.check(draft);
		byte[] logo = draft.logo();
		return new Letterhead(id, tenantId, version, draft.arabicName().strip(), draft.englishName().strip(),
				logo == null ? null : logoCheck.check(logo), draft.primaryColour(), draft.accentColour(),
				draft.footerLines().stream().map(String::strip).toList(), draft.margins(), draft.pageSize());
	}

	private LetterheadVersion require(UUID tenantId, int version) {
		return repository.find(tenantId, version)
			.orElseThrow(() -> KatibException.notFound("Letterhead version " + version));
	}

	private static KatibException notDraft(int version) {
		return new KatibException(DocumentProblems.LETTERHEAD_NOT_DRAFT,
				"Letterhead version " + version + " is no longer a draft; create a new version to change it.");
	}
}
