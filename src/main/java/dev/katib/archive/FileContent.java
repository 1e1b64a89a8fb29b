package dev.katib.archive;

/** A stored file with its bytes, checked against the fingerprint taken when it was stored. */
public record FileContent(StoredFile file, byte[] bytes) {
}
