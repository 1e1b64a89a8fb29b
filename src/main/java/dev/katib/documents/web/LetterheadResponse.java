package dev.katib.documents.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadStatus;
import dev.katib.documents.LetterheadVersion;
import dev.katib.documents.PageSize;

/** A letterhead version as the API shows it; the logo is fetched from {@code logoUrl}. */
record LetterheadResponse(UUID id, int version, LetterheadStatus status, String arabicName, String englishName,
		@Nullable String logoUrl, String primaryColour, String accentColour, List<String> footerLines,
		Margins margins, PageSize pageSize, Instant createdAt, @Nullable Instant activatedAt) {

	record Margins(int top, int right, int bottom, int left) {
	}

	static LetterheadResponse of(LetterheadVersion version) {
		Letterhead l = version.letterhead();
		return new LetterheadResponse(l.id(), l.version(), version.status(), l.arabicName(), l.englishName(),
				l.logo() == null ? null : "/api/v1/letterheads/" + l.version() + "/logo", l.primaryColour(),
				l.accentColour(), l.footerLines(),
				new Margins(l.margins().topMm(), l.margins().rightMm(), l.margins().bottomMm(), l.margins().leftMm()),
				l.pageSize(), version.createdAt(), version.activatedAt());
	}
}
