/**
 * Data sources over HTTP: the API under {@code /api/v1/sources} and the pages under {@code /sources}.
 */
@NullMarked
package dev.katib.connectors.web;

import org.jspecify.annotations.NullMarked;
