package dev.katib.paper.downloads;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.archive.Archive;
import dev.katib.archive.FileContent;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadVersion;
import dev.katib.documents.Letterheads;
import dev.katib.documents.RenderedDocument;
import dev.katib.documents.Verification;
import dev.katib.documents.WordDocumentRenderer;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.paper.archiving.ArchivedPaper;
import dev.katib.paper.archiving.LetterArchiving;
import dev.katib.paper.printing.FirstLetterhead;
import dev.katib.paper.printing.LetterPaper;
import dev.katib.paper.printing.PaperFacts;
import dev.katib.paper.printing.PaperFactsSource;
import dev.katib.paper.printing.PaperNames;
import dev.katib.platform.KatibException;

/**
 * Letters on paper for those who read them: any version as PDF or DOCX on the organisation's letterhead. Once a
 * letter is archived, its PDF is the archived file, byte for byte, so the public verification page confirms a
 * downloaded copy; a signed letter not archived yet (its event still on its way) is archived first.
 */
@Service
public class LetterDownloads {

	private final LetterHistory history;
	private final PaperFactsSource facts;
	private final LetterArchiving archiving;
	private final Letterheads letterheads;
	private final FirstLetterhead firstLetterhead;
	private final DocumentRenderer pdfs;
	private final WordDocumentRenderer words;
	private final Archive archive;

	LetterDownloads(LetterHistory history, PaperFactsSource facts, LetterArchiving archiving, Letterheads letterheads,
			FirstLetterhead firstLetterhead, DocumentRenderer pdfs, WordDocumentRenderer words, Archive archive) {
		this.history = history;
		this.facts = facts;
		this.archiving = archiving;
		this.letterheads = letterheads;
		this.firstLetterhead = firstLetterhead;
		this.pdfs = pdfs;
		this.words = words;
		this.archive = archive;
	}

	/**
	 * The PDF of a version of the letter, the current one when {@code version} is null.
	 *
	 * @throws KatibException forbidden without {@link Permission#READ_LETTERS}; not found for another
	 *         organisation's letter, an unknown version, or a letter with no version yet;
	 *         {@code no-active-letterhead} when the organisation has only letterhead drafts, none active (an
	 *         organisation with no letterhead at all gets a plain one with its names)
	 */
	public PaperFile pdf(Caller caller, UUID letterId, @Nullable Integer version) {
		Permission.READ_LETTERS.require(caller);
		UUID tenantId = caller.tenantId();
		Letter letter = letter(tenantId, letterId);
		Chosen chosen = choose(tenantId, letterId, version);
		Optional<ArchivedPaper> archived = archivedIfSigned(letter, chosen);
		PaperFacts known = facts.of(tenantId, letter);
		String filename = PaperNames.filename(letterId, chosen.version(), known, "pdf");
		if (archived.isPresent()) {
			FileContent file = archive.open(tenantId, archived.get().fileId());
			return new PaperFile(filename, RenderedDocument.PDF, file.bytes(), true);
		}
		Letterhead letterhead = firstLetterhead.of(tenantId);
		RenderedDocument rendered = pdfs.pdf(
				LetterPaper.describe(letterId, chosen.version(), chosen.current(), known, letterhead, null), letterhead);
		return new PaperFile(filename, RenderedDocument.PDF, rendered.content(), false);
	}

	/**
	 * The DOCX of a version of the letter, the current one when {@code version} is null: for a signed letter, on
	 * the letterhead and with the verification code of the archived PDF.
	 *
	 * @throws KatibException as {@link #pdf} does
	 */
	public PaperFile docx(Caller caller, UUID letterId, @Nullable Integer version) {
		Permission.READ_LETTERS.require(caller);
		UUID tenantId = caller.tenantId();
		Letter letter = letter(tenantId, letterId);
		Chosen chosen = choose(tenantId, letterId, version);
		Optional<ArchivedPaper> archived = archivedIfSigned(letter, chosen);
		PaperFacts known = facts.of(tenantId, letter);
		Letterhead letterhead = archived.flatMap(paper -> letterheads.find(tenantId, paper.letterheadVersion()))
			.map(LetterheadVersion::letterhead)
			.orElseGet(() -> firstLetterhead.of(tenantId));
		Verification verification = archived.map(paper -> archiving.verification(paper.verificationCode()))
			.orElse(null);
		RenderedDocument rendered = words.docx(LetterPaper.describe(letterId, chosen.version(), chosen.current(),
				known, letterhead, verification), letterhead);
		return new PaperFile(PaperNames.filename(letterId, chosen.version(), known, "docx"), RenderedDocument.DOCX,
				rendered.content(), false);
	}

	/** The archived PDF when the current version of a signed letter is asked for, archived first if need be. */
	private Optional<ArchivedPaper> archivedIfSigned(Letter letter, Chosen chosen) {
		if (chosen.current() && letter.status().signed()
				&& archiving.archived(letter.tenantId(), letter.id()).isEmpty()) {
			archiving.archive(letter.tenantId(), letter.id(), null);
		}
		return archiving.archived(letter.tenantId(), letter.id())
			.filter(paper -> paper.version() == chosen.version().number());
	}

	private Letter letter(UUID tenantId, UUID letterId) {
		return history.letter(tenantId, letterId).orElseThrow(() -> KatibException.notFound("The letter"));
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

	private record Chosen(LetterVersion version, boolean current) {
	}
}
