package dev.katib.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
/**
 * The hash that seals an audit entry and links it to the one before it: SHA-256 over a canonical
 * serialisation of the entry's fields followed by the previous entry's hash.
 * <p>
 * The serialisation is unambiguous and independent of any library: the format tag {@value #FORMAT},
 * then each field in a fixed order as a 4-byte big-endian length and its UTF-8 bytes (length -1 for
 * a missing value), the details as their count followed by key and value in key order, and last the
 * previous hash. Times are ISO-8601 instants at microsecond precision, as the database keeps them.
 * Anyone holding an export can recompute the chain with this description alone.
 */
final class EntryDigest {

	static final String GENESIS = "0".repeat(64);

	private static final String FORMAT = "katib-audit-v1";

	private EntryDigest() {
	}

	static String of(UUID id, long sequence, EntryFacts entry, String previousHash) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			write(out, FORMAT);
			write(out, id.toString());
			write(out, Long.toString(sequence));
			write(out, entry.tenantId() == null ? null : entry.tenantId().toString());
			write(out, entry.actorId() == null ? null : entry.actorId().toString());
			write(out, entry.actor());
			write(out, entry.action());
			write(out, entry.targetType());
			write(out, entry.targetId());
			write(out, entry.outcome().name());
			write(out, entry.sourceAddress());
			write(out, entry.occurredAt().toString());
			Map<String, String> details = new TreeMap<>(entry.details());
			out.writeInt(details.size());
			for (Map.Entry<String, String> detail : details.entrySet()) {
				write(out, detail.getKey());
				write(out, detail.getValue());
			}
			write(out, previousHash);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
	}

	private static void write(DataOutputStream out, @Nullable String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
