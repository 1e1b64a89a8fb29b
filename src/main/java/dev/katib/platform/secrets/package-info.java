/**
 * Envelope encryption of secrets at rest with Google Tink, the master keys and their rotation.
 */
@NullMarked
package dev.katib.platform.secrets;

import org.jspecify.annotations.NullMarked;
