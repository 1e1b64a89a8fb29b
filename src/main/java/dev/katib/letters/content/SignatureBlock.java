package dev.katib.letters.content;

import org.jspecify.annotations.Nullable;

/**
 * Who signs the letter, as printed under the closing; the signature image and stamp are added at signing.
 *
 * @param jobTitle the signatory's position, e.g. «المدير العام»
 * @param name the signatory's name
 */
public record SignatureBlock(@Nullable String jobTitle, @Nullable String name) {
}
