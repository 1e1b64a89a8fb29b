package dev.katib.knowledge;


import org.jspecify.annotations.Nullable;

import dev.katib.platform.Inputs;

/**
 * The person or body a letter is addressed to, from the recipients directory or typed by the writer. At least
 * one of name, job title and organisation is given.
 *
 * @param name the person's name, as it should be printed
 * @param honorific how they are addressed
 * @param jobTitle their position, as typed (in the masculine or the feminine)
 * @param gender what titles, honorifics and prayer phrases agree with; null when not known
 * @param organisation the organisation they belong to, or the body addressed
 */
public record Recipient(@Nullable String name, Honorific honorific, @Nullable String jobTitle,
		@Nullable Gender gender, @Nullable String organisation) {

	/** The longest name, job title or organisation accepted. */
	public static final int MAX_LENGTH = 200;

	public Recipient {
		name = Inputs.optional(name, "recipient.name", MAX_LENGTH);
		jobTitle = Inputs.optional(jobTitle, "recipient.jobTitle", MAX_LENGTH);
		organisation = Inputs.optional(organisation, "recipient.organisation", MAX_LENGTH);
		if (name == null && jobTitle == null && organisation == null) {
			throw Inputs.invalid("recipient", "A recipient needs a name, a job title or an organisation.");
		}
	}
}
