package dev.katib.letters.paper;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

import dev.katib.archive.Archive;
import dev.katib.archive.FileContent;
import dev.katib.archive.FileKind;
import dev.katib.archive.StoreRequest;
import dev.katib.archive.StoredFile;
import dev.katib.archive.VerificationCodes;
import dev.katib.documents.DigitStyle;
import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentLanguage;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadVersion;
import dev.katib.documents.Letterheads;
import dev.katib.documents.RenderedDocument;
import dev.katib.documents.Verification;
import dev.katib.documents.WordDocumentRenderer;
import dev.katib.letters.content.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.LetterVerifications;
import dev.katib.letters.VerificationView;
import dev.katib.letters.history.LetterHistory;
import dev.katib.letters.history.LetterVersion;
import dev.katib.letters.history.StoredLetter;
import dev.katib.platform.KatibException;

/**
 * Letters on paper: any version as PDF or DOCX on the organisation's letterhead, and the final PDF of
 * a signed letter archived once, with the verification code printed on it. Once a letter is archived,
 * its PDF is the archived file, byte for byte, so the public verification page confirms a downloaded
 * copy. Every method is limited to the organisation it is given.
 */
@Service
public class LetterPapers implements LetterVerifications {

	private static final Logger log = LoggerFactory.getLogger(LetterPapers.class);

	private final LetterHistory history;
	private final PaperFactsSource facts;
	private final ArchivedPapers papers;
	private final Letterheads letterheads;
	private final FirstLetterhead firstLetterhead;
	private final DocumentRenderer pdfs;
	private final WordDocumentRenderer words;
	private final DocumentDates dates;
	private final Archive archive;
	private final VerificationCodes codes;
	private final String baseUrl;
	private final java.time.Clock clock;
	private final TransactionTemplate transactions;

	LetterPapers(LetterHistory history, PaperFactsSource facts, ArchivedPapers papers, Letterheads letterheads,
			FirstLetterhead firstLetterhead,
			DocumentRenderer pdfs, WordDocumentRenderer words, DocumentDates dates, Archive archive,
			VerificationCodes codes, @Value("${katib.accounts.base-url}") String baseUrl, java.time.Clock clock,
			PlatformTransactionManager transactionManager) {
		this.history = history;
		this.facts = facts;
		this.papers = papers;
		this.letterheads = letterheads;
		this.firstLetterhead = firstLetterhead;
		this.pdfs = pdfs;
		this.words = words;
		this.dates = dates;
		this.archive = archive;
		this.codes = codes;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * A file of a letter, ready to download.
	 *
	 * @param filename a name for it: the letter's number, or its subject and version
	 * @param mediaType {@code application/pdf} or the DOCX media type
	 * @param content the bytes
	 * @param archived whether these are the archived bytes of the signed letter
	 */
	public record PaperFile(String filename, String mediaType, byte[] content, boolean archived) {

		public PaperFile {
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return content.clone();
		}
	}

	/**
	 * The PDF of a version of the letter, the current one when {@code version} is null. The current
	 * version of a signed letter is its archived file itself; a signed letter not archived yet (its
	 * event still on its way) is archived first, so that every copy handed out is the verifiable one.
	 *
	 * @throws KatibException not found for another organisation's letter, an unknown version, or a
	 *         letter with no version yet; {@code no-active-letterhead} when the organisation has only letterhead drafts, none active (an
	 *         organisation with no letterhead at all gets a plain one with its names)
	 */
	public PaperFile pdf(UUID tenantId, UUID letterId, @Nullable Integer version) {
		StoredLetter letter = letter(tenantId, letterId);
		Chosen chosen = choose(tenantId, letterId, version);
		archiveIfSigned(tenantId, letter, chosen);
		Optional<ArchivedPaper> archived = papers.find(tenantId, letterId)
			.filter(paper -> paper.version() == chosen.version().number());
		if (archived.isPresent()) {
			FileContent file = archive.open(tenantId, archived.get().fileId());
			return new PaperFile(filename(letter, chosen.version(), facts.of(tenantId, letter), "pdf"),
					RenderedDocument.PDF, file.bytes(), true);
		}
		PaperFacts known = facts.of(tenantId, letter);
		Letterhead letterhead = firstLetterhead.of(tenantId);
		RenderedDocument rendered = pdfs.pdf(
				LetterPaper.describe(letter, chosen.version(), chosen.current(), known, letterhead, null), letterhead);
		return new PaperFile(filename(letter, chosen.version(), known, "pdf"), RenderedDocument.PDF, rendered.content(),
				false);
	}

	/**
	 * The DOCX of a version of the letter, the current one when {@code version} is null: for a signed
	 * letter, on the letterhead and with the verification code of the archived PDF.
	 *
	 * @throws KatibException as {@link #pdf} does
	 */
	public PaperFile docx(UUID tenantId, UUID letterId, @Nullable Integer version) {
		StoredLetter letter = letter(tenantId, letterId);
		Chosen chosen = choose(tenantId, letterId, version);
		archiveIfSigned(tenantId, letter, chosen);
		PaperFacts known = facts.of(tenantId, letter);
		Optional<ArchivedPaper> archived = papers.find(tenantId, letterId)
			.filter(paper -> paper.version() == chosen.version().number());
		Letterhead letterhead = archived
			.flatMap(paper -> letterheads.find(tenantId, paper.letterheadVersion()))
			.map(LetterheadVersion::letterhead)
			.orElseGet(() -> firstLetterhead.of(tenantId));
		Verification verification = archived.map(paper -> verification(paper.verificationCode())).orElse(null);
		RenderedDocument rendered = words.docx(LetterPaper.describe(letter, chosen.version(), chosen.current(), known,
				letterhead, verification), letterhead);
		return new PaperFile(filename(letter, chosen.version(), known, "docx"), RenderedDocument.DOCX,
				rendered.content(), false);
	}

	/**
	 * The verification code and address printed on the letter's archived PDF, once it is archived; the
	 * letter's JSON shows it as {@code verification: {code, url}}.
	 */
	@Transactional(readOnly = true)
	public Optional<Verification> archivedVerification(UUID tenantId, UUID letterId) {
		return papers.find(tenantId, letterId).map(paper -> verification(paper.verificationCode()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<VerificationView> verification(UUID tenantId, UUID letterId) {
		return archivedVerification(tenantId, letterId)
			.map(verification -> new VerificationView(verification.code(), verification.url().toString()));
	}

	/**
	 * Archives the final PDF of a signed or sent letter, once: renders the current version on the active
	 * letterhead with a new verification code printed on it, and stores it in the archive with its
	 * fingerprint. Does nothing for a letter that is already archived, not yet signed, or unknown.
	 *
	 * @param storedBy who caused it, e.g. the signer
	 * @return whether the letter was archived by this call
	 */
	public boolean archive(UUID tenantId, UUID letterId, @Nullable UUID storedBy) {
		return Boolean.TRUE.equals(transactions.execute(status -> archiveNow(tenantId, letterId, storedBy)));
	}

	private boolean archiveNow(UUID tenantId, UUID letterId, @Nullable UUID storedBy) {
		if (!papers.lockLetter(tenantId, letterId) || papers.find(tenantId, letterId).isPresent()) {
			return false;
		}
		StoredLetter letter = letter(tenantId, letterId);
		PaperFacts known = facts.of(tenantId, letter);
		if (!PaperFacts.ARCHIVED_FROM.contains(known.status())) {
			return false;
		}
		LetterVersion version = history.current(tenantId, letterId)
			.orElseThrow(() -> KatibException.notFound("The letter's version"));
		Letterhead letterhead = firstLetterhead.of(tenantId);
		String code = codes.issue();
		DocumentDescription description = LetterPaper.describe(letter, version, true, known, letterhead,
				verification(code));
		RenderedDocument rendered = pdfs.archivalPdf(description, letterhead,
				ArchivedLetterData.of(letter, version, known, letterhead, description, verification(code)));
		StructuredLetter content = version.letter();
		LocalDate day = description.header().issued().day();
		StoredFile stored = archive.store(new StoreRequest(tenantId, storedBy, FileKind.LETTER,
				filename(letter, version, known, "pdf"), RenderedDocument.PDF, rendered.content(), "letter",
				letterId.toString(), content.subject(), day, attributes(letter, content, known, letterhead, day),
				String.join("\n", content.texts()), code));
		papers.insert(tenantId, new ArchivedPaper(letterId, version.number(), stored.id(), stored.sha256(),
				letterhead.id(), letterhead.version(), code, clock.instant()));
		log.info("Archived letter {} version {} as file {}", letterId, version.number(), stored.id());
		return true;
	}

	/** Keeps the archived file's status in step with the letter, e.g. once a signed letter is sent. */
	@Transactional
	public void statusChanged(UUID tenantId, UUID letterId) {
		papers.find(tenantId, letterId).ifPresent(paper -> archive.find(tenantId, paper.fileId()).ifPresent(file -> {
			StoredLetter letter = letter(tenantId, letterId);
			Map<String, String> attributes = new HashMap<>(file.attributes());
			attributes.put("status", letter.status());
			archive.updateAttributes(tenantId, paper.fileId(), attributes);
		}));
	}

	private void archiveIfSigned(UUID tenantId, StoredLetter letter, Chosen chosen) {
		if (chosen.current() && PaperFacts.ARCHIVED_FROM.contains(letter.status())
				&& papers.find(tenantId, letter.id()).isEmpty()) {
			archive(tenantId, letter.id(), null);
		}
	}

	private Map<String, String> attributes(StoredLetter letter, StructuredLetter content, PaperFacts known,
			Letterhead letterhead, LocalDate day) {
		DocumentLanguage language = content.language() == Language.ARABIC ? DocumentLanguage.ARABIC
				: DocumentLanguage.ENGLISH;
		DigitStyle digits = language == DocumentLanguage.ARABIC ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN;
		Map<String, String> attributes = new HashMap<>();
		attributes.put("organisation", letterhead.name(language));
		attributes.put("category", letter.categoryKey());
		attributes.put("status", known.status());
		attributes.put("language", content.language().code());
		attributes.put("issuedOn", dates.formatHijri(day, language, digits) + " — "
				+ dates.formatGregorian(day, language, digits));
		String recipient = content.addressee().line();
		if (!recipient.isBlank()) {
			attributes.put("recipient", recipient);
		}
		if (known.number() != null) {
			attributes.put("number", known.number());
		}
		return attributes;
	}

	private Verification verification(String code) {
		return new Verification(code, URI.create(baseUrl + "/verify/" + UriUtils.encodePathSegment(code, "UTF-8")));
	}

	private StoredLetter letter(UUID tenantId, UUID letterId) {
		return history.letter(tenantId, letterId).orElseThrow(() -> KatibException.notFound("The letter"));
	}

	private record Chosen(LetterVersion version, boolean current) {
	}

	private Chosen choose(UUID tenantId, UUID letterId, @Nullable Integer number) {
		var versions = history.versions(tenantId, letterId);
		if (versions.isEmpty()) {
			throw KatibException.notFound("The letter's first version");
		}
		LetterVersion latest = versions.getLast();
		if (number == null) {
			return new Chosen(latest, true);
		}
		return versions.stream()
			.filter(v -> v.number() == number)
			.findFirst()
			.map(v -> new Chosen(v, v.number() == latest.number()))
			.orElseThrow(() -> KatibException.notFound("Version " + number + " of the letter"));
	}

	/** The letter's number when it has one ({@code OUT-1448-000123.pdf}), otherwise its subject and version. */
	static String filename(StoredLetter letter, LetterVersion version, PaperFacts known, String extension) {
		String base;
		if (known.number() != null && known.approved()) {
			base = known.number();
		}
		else {
			base = version.letter().subject() + " v" + version.number();
		}
		String safe = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").replaceAll("\\s+", " ").strip();
		if (safe.length() > 100) {
			safe = safe.substring(0, 100).strip();
		}
		return (safe.isEmpty() ? "letter-" + letter.id() : safe) + "." + extension;
	}
}
