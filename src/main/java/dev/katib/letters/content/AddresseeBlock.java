package dev.katib.letters.content;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jspecify.annotations.Nullable;

/**
 * To whom the letter is addressed.
 * <p>
 * In Arabic the addressee line is the honorific followed by the job title or the name, with the prayer
 * phrase at the far (left) end of the same line: «سعادة مديرة إدارة الموارد البشرية ... سلمها الله». In
 * English the block is the recipient's lines at the top left ("Dr John Smith", "Director of Finance",
 * "Acme Ltd") and there is no prayer phrase.
 *
 * @param honorific e.g. «معالي», «سعادة», «السادة», «الدكتورة»; "Dr", "Ms", "His Excellency"; may be
 *     empty in English when the recipient is an organisation
 * @param jobTitle the recipient's position, in the gender of the recipient
 * @param name the recipient's name
 * @param organisation the recipient's organisation
 * @param prayer the prayer phrase of the Arabic addressee line, e.g. «حفظه الله»; null in English
 */
public record AddresseeBlock(
		@JsonPropertyDescription("The honorific, agreeing in gender with the recipient.") String honorific,
		@JsonPropertyDescription("The recipient's position, agreeing in gender.") @Nullable String jobTitle,
		@JsonPropertyDescription("The recipient's name.") @Nullable String name,
		@JsonPropertyDescription("The recipient's organisation.") @Nullable String organisation,
		@JsonPropertyDescription("Arabic only: the prayer phrase at the end of the addressee line; null in English.") @Nullable String prayer) {

	/**
	 * The addressee line without the prayer phrase: the honorific with the part it introduces. Honorifics of
	 * a person («الدكتور», "Dr") introduce the name; honorifics of an office («معالي», «سعادة») the job title;
	 * «السادة» the organisation.
	 */
	public String line() {
		return (honorific.strip() + " " + head()).strip();
	}

	/** The lines of the block under the addressee line: whichever of title, name and organisation it left out. */
	public List<String> details() {
		String head = head();
		List<String> details = new ArrayList<>();
		for (String part : new String[] { jobTitle, name, organisation }) {
			if (part != null && !part.isBlank() && !part.strip().equals(head) && !details.contains(part.strip())) {
				details.add(part.strip());
			}
		}
		return details;
	}

	private String head() {
		return switch (HonorificPlacement.of(honorific)) {
			case BEFORE_NAME -> firstPresent(name, jobTitle, organisation);
			case BEFORE_ORGANISATION -> firstPresent(organisation, name, jobTitle);
			case BEFORE_TITLE -> firstPresent(jobTitle, name, organisation);
		};
	}

	private static String firstPresent(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return "";
	}
}
