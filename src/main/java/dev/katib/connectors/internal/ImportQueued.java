package dev.katib.connectors.internal;

import java.util.UUID;

/** An import was stored and waits to run; its listener survives a restart through the event registry. */
record ImportQueued(UUID importId) {
}
