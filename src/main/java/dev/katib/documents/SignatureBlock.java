package dev.katib.documents;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who signs the document, with the images added at signing.
 *
 * @param jobTitle the signer's job title, agreeing in gender with them
 * @param name the signer's name
 * @param signature the signature image, once signed
 * @param stamp the organisation's stamp, once signed
 * @param signedElectronically whether to print a note that the document was signed electronically
 */
public record SignatureBlock(String jobTitle, String name, @Nullable DocumentImage signature,
		@Nullable DocumentImage stamp, boolean signedElectronically) {

	public SignatureBlock {
		Objects.requireNonNull(jobTitle, "jobTitle");
		Objects.requireNonNull(name, "name");
	}
}
