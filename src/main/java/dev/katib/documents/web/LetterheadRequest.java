package dev.katib.documents.web;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dev.katib.documents.DocumentProblems;
import dev.katib.documents.LetterheadDraft;
import dev.katib.documents.Margins;
import dev.katib.documents.PageSize;
import dev.katib.platform.KatibException;

/**
 * A letterhead version as the API takes it.
 *
 * @param logo the logo, a PNG or JPEG, as base64; none for no logo
 */
record LetterheadRequest(@NotBlank @Size(max = 200) String arabicName, @NotBlank @Size(max = 200) String englishName,
		@Nullable @Size(max = 1_500_000) String logo,
		@NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}") String primaryColour,
		@NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}") String accentColour,
		@NotNull @Size(max = 4) List<@NotBlank @Size(max = 200) String> footerLines, @NotNull @Valid MarginsRequest margins,
		@NotNull PageSize pageSize) {

	/** Margins in millimetres. */
	record MarginsRequest(@Min(Margins.MIN_MM) @Max(Margins.MAX_MM) int top,
			@Min(Margins.MIN_MM) @Max(Margins.MAX_MM) int right, @Min(Margins.MIN_MM) @Max(Margins.MAX_MM) int bottom,
			@Min(Margins.MIN_MM) @Max(Margins.MAX_MM) int left) {
	}

	LetterheadDraft draft() {
		byte[] logoBytes;
		try {
			logoBytes = logo == null || logo.isBlank() ? null : Base64.getDecoder().decode(logo.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new KatibException(DocumentProblems.INVALID_IMAGE, "The logo is not valid base64.",
					Map.of("field", "logo"));
		}
		return new LetterheadDraft(arabicName, englishName, logoBytes, primaryColour, accentColour, footerLines,
				new Margins(margins.top(), margins.right(), margins.bottom(), margins.left()), pageSize);
	}
}
