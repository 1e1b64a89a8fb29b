/**
 * A letter's structured content (subject, addressee, greeting, paragraphs, closing, signature block) and its JSON
 * forms: what a version stores and what review and paper read of it.
 */
@NamedInterface("content")
@NullMarked
package dev.katib.letters.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
