/**
 * Batch runs: one letter per record of a table, drafted from a request template with merge fields.
 */
@NullMarked
package dev.katib.automation.batch;

import org.jspecify.annotations.NullMarked;
