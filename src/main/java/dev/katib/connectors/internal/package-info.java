/**
 * The module's services: sources and their sealed credentials, records, imports, mappings, change watching.
 */
@NullMarked
package dev.katib.connectors.internal;

import org.jspecify.annotations.NullMarked;
