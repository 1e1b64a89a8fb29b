/**
 * What every kind of data source implements inside the module ({@link dev.katib.connectors.backend.TableBackend}),
 * and the opened source a backend works with.
 */
@NullMarked
package dev.katib.connectors.backend;

import org.jspecify.annotations.NullMarked;
