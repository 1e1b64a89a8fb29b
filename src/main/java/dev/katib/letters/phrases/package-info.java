/**
 * Each organisation's own phrases for drafting without a model, kept beside Katib's default bank.
 */
@NullMarked
package dev.katib.letters.phrases;

import org.jspecify.annotations.NullMarked;
