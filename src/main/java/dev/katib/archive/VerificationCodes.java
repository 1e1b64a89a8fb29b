package dev.katib.archive;

import java.util.Optional;

/**
 * Codes printed on documents (as text and in a QR code) so that anyone holding the document can
 * check it is genuine on the public verification page.
 */
public interface VerificationCodes {

	/** A new, unguessable code, for a document about to be rendered and stored. */
	String issue();

	/** The document a code stands for, if there is one. */
	Optional<VerifiedDocument> lookUp(String code);

	/** Whether the given bytes are exactly the document the code stands for. */
	boolean matches(VerifiedDocument document, byte[] candidate);
}
