package dev.katib.archive.internal;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.katib.archive.Archive;
import dev.katib.archive.FileContent;
import dev.katib.archive.FileKind;
import dev.katib.archive.FileStored;
import dev.katib.archive.SearchQuery;
import dev.katib.archive.SearchResults;
import dev.katib.archive.StoreRequest;
import dev.katib.archive.StoredFile;
import dev.katib.archive.VerificationCodes;
import dev.katib.archive.VerifiedDocument;
import dev.katib.archive.storage.FileStorage;
import dev.katib.archive.storage.StorageProperties;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.Hashes;

/**
 * Keeps files: bytes to the storage backend first, then the record and its search index in the
 * caller's transaction, so a failure at either step leaves no half-archived file behind.
 */
@Service
class ArchiveService implements Archive, VerificationCodes {

	private static final int DISPLAY_CHARACTERS = 20_000;
	private static final Logger log = LoggerFactory.getLogger(ArchiveService.class);

	private final FileStorage storage;
	private final ArchivedFiles files;
	private final TextExtraction extraction = new TextExtraction();
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final long maxFileSize;

	ArchiveService(FileStorage storage, ArchivedFiles files, ApplicationEventPublisher events, Clock clock,
			StorageProperties properties) {
		this.storage = storage;
		this.files = files;
		this.events = events;
		this.clock = clock;
		this.maxFileSize = properties.maxFileSize().toBytes();
	}

	@Override
	@Transactional
	public StoredFile store(StoreRequest request) {
		if (request.content().length > maxFileSize) {
			throw new KatibException(ArchiveProblems.FILE_TOO_LARGE,
					"The file is larger than the " + maxFileSize + " bytes the archive accepts.");
		}
		String contentType = ContentTypes.verified(request.contentType(), request.content());
		UUID id = Ids.newId(clock);
		var now = clock.instant();
		TextExtraction.Extracted extracted = extraction.extract(contentType, request.content());
		Map<String, String> attributes = new HashMap<>(extracted.metadata());
		attributes.putAll(request.attributes());
		LocalDate documentDate = request.documentDate() != null ? request.documentDate()
				: LocalDate.ofInstant(now, ZoneOffset.UTC);
		StoredFile file = new StoredFile(id, request.tenantId(), request.kind(), safeFilename(request.filename()),
				contentType, request.content().length, sha256(request.content()), storage.name(), now,
				request.storedBy(), request.subjectType(), request.subjectId(), request.title(), documentDate,
				attributes, request.verificationCode());
		String location = storage.put(key(file), request.content(), contentType);
		removeUnlessCommitted(location);
		String displayText = displayText(request, extracted.text());
		String contentIndex = SearchTerms.indexText(nonNull(request.searchableText()) + " " + extracted.text());
		files.insert(file, location, displayText, contentIndex, factsIndex(file) + " " + contentIndex);
		events.publishEvent(new FileStored(id, file.tenantId(), file.kind(), file.sha256(), file.size(),
				file.subjectType(), file.subjectId()));
		log.info("Archived file {} of tenant {} ({} bytes) in {}", id, file.tenantId(), file.size(), storage.name());
		return file;
	}

	/**
	 * The bytes are written before the row that names them, so when the transaction does not commit (the
	 * row was refused, or the caller's own work failed) they are removed again: no file stays in storage
	 * that the archive does not know.
	 */
	private void removeUnlessCommitted(String location) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						storage.delete(location);
					}
					catch (RuntimeException ex) {
						log.warn("Could not remove the stored bytes of an archive upload that failed ({})", location, ex);
					}
				}
			}
		});
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredFile> find(UUID tenantId, UUID fileId) {
		return files.find(tenantId, fileId).map(ArchivedFiles.Row::file);
	}

	@Override
	@Transactional(readOnly = true)
	public FileContent open(UUID tenantId, UUID fileId) {
		ArchivedFiles.Row row = files.find(tenantId, fileId)
			.orElseThrow(() -> new KatibException(ArchiveProblems.FILE_NOT_FOUND, "There is no such file in this archive."));
		byte[] bytes = storage.get(row.location());
		if (!sha256(bytes).equals(row.file().sha256())) {
			log.error("Archived file {} of tenant {} no longer matches its fingerprint", fileId, tenantId);
			throw new KatibException(ArchiveProblems.FILE_CORRUPTED,
					"The stored file no longer matches its fingerprint; it has not been returned.");
		}
		return new FileContent(row.file(), bytes);
	}

	@Override
	@Transactional
	public void updateAttributes(UUID tenantId, UUID fileId, Map<String, String> attributes) {
		ArchivedFiles.Row row = files.find(tenantId, fileId)
			.orElseThrow(() -> new KatibException(ArchiveProblems.FILE_NOT_FOUND, "There is no such file in this archive."));
		StoredFile updated = withAttributes(row.file(), attributes);
		files.updateAttributes(tenantId, fileId, updated.attributes(), factsIndex(updated));
	}

	@Override
	@Transactional
	public void discard(UUID tenantId, UUID fileId) {
		ArchivedFiles.Row row = files.find(tenantId, fileId)
			.orElseThrow(() -> new KatibException(ArchiveProblems.FILE_NOT_FOUND, "There is no such file in this archive."));
		if (row.file().kind() != FileKind.ATTACHMENT) {
			throw new KatibException(ArchiveProblems.FILE_IS_A_RECORD, "Only an attachment not yet part of a record can be removed; "
					+ "this file is kept as " + row.file().kind() + ".");
		}
		String location = files.delete(tenantId, fileId);
		removeWhenCommitted(location);
		log.info("Discarded attachment {} of tenant {}", fileId, tenantId);
	}

	private void removeWhenCommitted(String location) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					storage.delete(location);
				}
				catch (RuntimeException ex) {
					log.warn("Could not remove the stored bytes of a discarded attachment ({})", location, ex);
				}
			}
		});
	}

	@Override
	@Transactional(readOnly = true)
	public SearchResults search(UUID tenantId, SearchQuery query) {
		List<String> terms = query.text() == null ? List.of() : SearchTerms.queryTerms(query.text());
		ArchivedFiles.Page page = files.search(tenantId, query, terms);
		List<SearchResults.Hit> hits = page.rows()
			.stream()
			.map(row -> new SearchResults.Hit(row.file(), SearchTerms.snippet(row.displayText(), terms)))
			.toList();
		return new SearchResults(hits, page.total(), query.page(), query.size());
	}

	@Override
	public String issue() {
		return VerificationCodeFormat.newCode();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<VerifiedDocument> lookUp(String code) {
		return VerificationCodeFormat.canonical(code)
			.flatMap(files::findByVerificationCode)
			.map(ArchivedFiles.Row::file)
			.map(f -> new VerifiedDocument(f.verificationCode(), f.sha256(), f.size(), f.storedAt(), f.title(),
					f.documentDate(), f.attributes()));
	}

	@Override
	public boolean matches(VerifiedDocument document, byte[] candidate) {
		return MessageDigest.isEqual(sha256(candidate).getBytes(), document.sha256().getBytes());
	}

	private static StoredFile withAttributes(StoredFile f, Map<String, String> attributes) {
		return new StoredFile(f.id(), f.tenantId(), f.kind(), f.filename(), f.contentType(), f.size(), f.sha256(),
				f.storage(), f.storedAt(), f.storedBy(), f.subjectType(), f.subjectId(), f.title(), f.documentDate(),
				attributes, f.verificationCode());
	}

	private static String key(StoredFile file) {
		return file.tenantId() + "/" + file.documentDate().getYear() + "/" + file.id();
	}

	/** The passage search results quote: the text the caller gave, else the text of the file. */
	private static String displayText(StoreRequest request, String extracted) {
		String text = (request.searchableText() == null || request.searchableText().isBlank() ? extracted
				: request.searchableText()).strip();
		return text.length() > DISPLAY_CHARACTERS ? text.substring(0, DISPLAY_CHARACTERS) : text;
	}

	private static String factsIndex(StoredFile file) {
		return SearchTerms.indexText(String.join(" ", file.filename(), nonNull(file.title()),
				String.join(" ", file.attributes().values())));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String safeFilename(String filename) {
		String name = filename.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
		if (name.isEmpty()) {
			return "file";
		}
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	static String sha256(byte[] content) {
		return Hashes.sha256Hex(content);
	}
}
