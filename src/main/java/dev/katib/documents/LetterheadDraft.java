package dev.katib.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a letterhead version. Checked by {@link Letterheads} before it is stored:
 * names filled in, colours as {@code #rrggbb}, at most a few short footer lines, and a logo that is
 * an uploaded PNG or JPEG within the size limit.
 *
 * @param logo the uploaded logo's bytes; none keeps the version without a logo
 */
public record LetterheadDraft(String arabicName, String englishName, byte @Nullable [] logo, String primaryColour,
		String accentColour, List<String> footerLines, Margins margins, PageSize pageSize) {

	public LetterheadDraft {
		Objects.requireNonNull(margins, "margins");
		Objects.requireNonNull(pageSize, "pageSize");
		footerLines = List.copyOf(footerLines);
		logo = logo == null ? null : logo.clone();
	}

	@Override
	public byte @Nullable [] logo() {
		return logo == null ? null : logo.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LetterheadDraft that && arabicName.equals(that.arabicName)
				&& englishName.equals(that.englishName) && Arrays.equals(logo, that.logo)
				&& primaryColour.equals(that.primaryColour) && accentColour.equals(that.accentColour)
				&& footerLines.equals(that.footerLines) && margins.equals(that.margins) && pageSize == that.pageSize;
	}

	@Override
	public int hashCode() {
		return Objects.hash(arabicName, englishName, Arrays.hashCode(logo), primaryColour, accentColour, footerLines,
				margins, pageSize);
	}

	@Override
	public String toString() {
		return "LetterheadDraft[" + englishName + ", logo " + (logo == null ? "none" : logo.length + " bytes") + "]";
	}
}
