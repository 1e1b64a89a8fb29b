/**
 * The writer's pages of letters: the new-letter form, the letter page with its streamed preview and hand edit,
 * and the list of the organisation's letters.
 */
@NullMarked
package dev.katib.letters.web;

import org.jspecify.annotations.NullMarked;
