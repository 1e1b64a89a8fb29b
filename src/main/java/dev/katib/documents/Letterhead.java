package dev.katib.documents;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One version of an organisation's letterhead: what every page of its documents is printed on.
 * Versions never change once activated; a rendered document records the version it used.
 *
 * @param id the letterhead version's id
 * @param tenantId the organisation it belongs to
 * @param version its number, from 1, per organisation
 * @param arabicName the organisation's name in Arabic
 * @param englishName the organisation's name in English
 * @param logo the uploaded logo, if any
 * @param primaryColour the colour of names and rules, as {@code #rrggbb}
 * @param accentColour the colour of labels, as {@code #rrggbb}
 * @param footerLines lines at the foot of every page: address, phone, site
 * @param margins the page margins
 * @param pageSize the paper size
 */
public record Letterhead(UUID id, UUID tenantId, int version, String arabicName, String englishName,
		@Nullable DocumentImage logo, String primaryColour, String accentColour, List<String> footerLines,
		Margins margins, PageSize pageSize) {

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	public Letterhead {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(arabicName, "arabicName");
		Objects.requireNonNull(englishName, "englishName");
		Objects.requireNonNull(margins, "margins");
		Objects.requireNonNull(pageSize, "pageSize");
		footerLines = List.copyOf(footerLines);
		if (!isColour(primaryColour) || !isColour(accentColour)) {
			throw new IllegalArgumentException("Colours are written as #rrggbb.");
		}
	}

	/** Whether a text is a colour a letterhead accepts: {@code #} and six hexadecimal digits. */
	public static boolean isColour(@Nullable String text) {
		return text != null && COLOUR.matcher(text).matches();
	}

	/** The organisation's name in a document's language. */
	public String name(DocumentLanguage language) {
		return language == DocumentLanguage.ARABIC ? arabicName : englishName;
	}
}
