package dev.katib.paper.archiving;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

import dev.katib.archive.Archive;
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
import dev.katib.documents.RenderedDocument;
import dev.katib.documents.Verification;
import dev.katib.knowledge.Language;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVerifications;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.VerificationView;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.paper.LetterArchived;
import dev.katib.paper.printing.FirstLetterhead;
import dev.katib.paper.printing.LetterPaper;
import dev.katib.paper.printing.PaperFacts;
import dev.katib.paper.printing.PaperFactsSource;
import dev.katib.paper.printing.PaperNames;
import dev.katib.platform.KatibException;

/**
 * Archives the final PDF of a signed letter once, with the verification code printed on it, and keeps the
 * archived file's status in step with the letter. Every method is limited to the organisation it is given.
 */
@Service
public class LetterArchiving implements LetterVerifications {

	private static final Logger log = LoggerFactory.getLogger(LetterArchiving.class);

	private final LetterHistory history;
	private final PaperFactsSource facts;
	private final ArchivedPapers papers;
	private final FirstLetterhead firstLetterhead;
	private final DocumentRenderer pdfs;
	private final DocumentDates dates;
	private final Archive archive;
	private final VerificationCodes codes;
	private final ApplicationEventPublisher events;
	private final String baseUrl;
	private final Clock clock;
	private final TransactionTemplate transactions;

	LetterArchiving(LetterHistory history, PaperFactsSource facts, ArchivedPapers papers,
			FirstLetterhead firstLetterhead, DocumentRenderer pdfs, DocumentDates dates, Archive archive,
			VerificationCodes codes, ApplicationEventPublisher events,
			@Value("${katib.accounts.base-url}") String baseUrl, Clock clock, PlatformTransactionManager transactions) {
		this.history = history;
		this.facts = facts;
		this.papers = papers;
		this.firstLetterhead = firstLetterhead;
		this.pdfs = pdfs;
		this.dates = dates;
		this.archive = archive;
		this.codes = codes;
		this.events = events;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** The letter's archived PDF, once it is archived. */
	@Transactional(readOnly = true)
	public Optional<ArchivedPaper> archived(UUID tenantId, UUID letterId) {
		return papers.find(tenantId, letterId);
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

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, VerificationView> verifications(UUID tenantId, Collection<UUID> letterIds) {
		Map<UUID, VerificationView> views = new HashMap<>();
		papers.verificationCodes(tenantId, letterIds).forEach((letterId, code) -> {
			Verification verification = verification(code);
			views.put(letterId, new VerificationView(verification.code(), verification.url().toString()));
		});
		return views;
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
		papers.lockArchivingOf(letterId);
		Letter letter = history.letter(tenantId, letterId).orElse(null);
		if (letter == null || papers.find(tenantId, letterId).isPresent()) {
			return false;
		}
		PaperFacts known = facts.of(tenantId, letter);
		if (!known.status().signed()) {
			return false;
		}
		LetterVersion version = history.current(tenantId, letterId)
			.orElseThrow(() -> KatibException.notFound("The letter's version"));
		Letterhead letterhead = firstLetterhead.of(tenantId);
		String code = codes.issue();
		DocumentDescription description = LetterPaper.describe(letter.id(), version, true, known, letterhead,
				verification(code));
		RenderedDocument rendered = pdfs.archivalPdf(description, letterhead,
				ArchivedLetterData.of(letter, version, known, letterhead, description, verification(code)));
		StructuredLetter content = version.letter();
		LocalDate day = description.header().issued().day();
		StoredFile stored = archive.store(new StoreRequest(tenantId, storedBy, FileKind.LETTER,
				PaperNames.filename(letter.id(), version, known, "pdf"), RenderedDocument.PDF, rendered.content(),
				"letter", letterId.toString(), content.subject(), day,
				attributes(letter, content, known, letterhead, day), String.join("\n", content.texts()), code));
		papers.insert(tenantId, new ArchivedPaper(letterId, version.number(), stored.id(), stored.sha256(),
				letterhead.id(), letterhead.version(), code, clock.instant()));
		events.publishEvent(new LetterArchived(tenantId, letterId, version.number(), stored.id(), code,
				clock.instant()));
		log.info("Archived letter {} version {} as file {}", letterId, version.number(), stored.id());
		return true;
	}

	/** Keeps the archived file's status in step with the letter, e.g. once a signed letter is sent. */
	@Transactional
	public void statusChanged(UUID tenantId, UUID letterId) {
		papers.find(tenantId, letterId).ifPresent(paper -> archive.find(tenantId, paper.fileId()).ifPresent(file -> {
			history.letter(tenantId, letterId).ifPresent(letter -> {
				Map<String, String> attributes = new HashMap<>(file.attributes());
				attributes.put("status", letter.status().name());
				archive.updateAttributes(tenantId, paper.fileId(), attributes);
			});
		}));
	}

	/** The verification code's public address. */
	public Verification verification(String code) {
		return new Verification(code, URI.create(baseUrl + "/verify/" + UriUtils.encodePathSegment(code, "UTF-8")));
	}

	private Map<String, String> attributes(Letter letter, StructuredLetter content, PaperFacts known,
			Letterhead letterhead, LocalDate day) {
		DocumentLanguage language = content.language() == Language.ARABIC ? DocumentLanguage.ARABIC
				: DocumentLanguage.ENGLISH;
		DigitStyle digits = language == DocumentLanguage.ARABIC ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN;
		Map<String, String> attributes = new HashMap<>();
		attributes.put("organisation", letterhead.name(language));
		attributes.put("category", letter.categoryKey());
		attributes.put("status", known.status().name());
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
}
