package dev.katib.paper.printing;

import java.util.UUID;

import dev.katib.letters.LetterVersion;

/** What a letter's file is called, and the address anyone checks its verification code at. */
public final class PaperNames {

	private PaperNames() {
	}

	/** The letter's number when it has one ({@code OUT-1448-000123.pdf}), otherwise its subject and version. */
	public static String filename(UUID letterId, LetterVersion version, PaperFacts known, String extension) {
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
		return (safe.isEmpty() ? "letter-" + letterId : safe) + "." + extension;
	}
}
