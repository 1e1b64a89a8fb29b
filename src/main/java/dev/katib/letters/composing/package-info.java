/**
 * Composes a formal letter from the writer's request without a language model: phrase banks kept as data (per
 * language and category), the request recast into the organisation's voice, a subject drawn from the request, and
 * a deterministic choice among variants. Pure and fast: no Spring, no I/O once the bank is loaded.
 */
@NullMarked
package dev.katib.letters.composing;

import org.jspecify.annotations.NullMarked;
