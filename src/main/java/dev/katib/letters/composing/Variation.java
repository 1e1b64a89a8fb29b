package dev.katib.letters.composing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

import dev.katib.knowledge.Recipient;

/**
 * Which of the bank's variants a letter takes: the same inputs always take the same ones, and different letters
 * spread over them. In a batch, consecutive rows take consecutive variants of every list, so that no two letters
 * in a row open with the same sentence (given lists of at least two variants).
 *
 * @param seed mixed from the inputs, or from the batch
 * @param row the letter's row in its batch; 0 for a letter on its own
 */
public record Variation(long seed, long row) {

	/** A letter on its own: chosen by a hash of the request and the recipient. */
	public static Variation of(String request, Recipient recipient) {
		long hash = fnv(request);
		hash = fnv(hash, String.valueOf(recipient.name()));
		hash = fnv(hash, String.valueOf(recipient.jobTitle()));
		hash = fnv(hash, String.valueOf(recipient.organisation()));
		hash = fnv(hash, recipient.honorific().code() + recipient.gender());
		return new Variation(hash, 0);
	}

	/** The letter of a batch's row: rows in order take the variants in turn, from a start chosen by the batch. */
	public static Variation inBatch(String batch, long row) {
		return new Variation(fnv(batch), row);
	}

	/** The variant of one list, for one use (so that lists of the same length do not move in step). */
	<T> T pick(List<T> variants, Use use) {
		return variants.get(index(variants.size(), use));
	}

	/** The variant of one list, or the next one that is {@code fitting}, if any is. */
	<T> T pick(List<T> variants, Use use, Predicate<T> fitting) {
		int start = index(variants.size(), use);
		for (int i = 0; i < variants.size(); i++) {
			T variant = variants.get((start + i) % variants.size());
			if (fitting.test(variant)) {
				return variant;
			}
		}
		return variants.get(start);
	}

	private int index(int size, Use use) {
		return (int) Math.floorMod(mix(seed ^ use.salt) + row, (long) size);
	}

	/** The places a letter chooses a variant. */
	enum Use {
		OPENING(0x9E3779B97F4A7C15L), LEAD_IN(0xC2B2AE3D27D4EB4FL), STANDALONE(0x165667B19E3779F9L),
		CLOSING(0xD6E8FEB86659FD93L), INTRODUCTION(0xFF51AFD7ED558CCDL);

		private final long salt;

		Use(long salt) {
			this.salt = salt;
		}
	}

	private static long fnv(String text) {
		return fnv(0xCBF29CE484222325L, text);
	}

	private static long fnv(long hash, String text) {
		long h = hash;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			h ^= b & 0xFF;
			h *= 0x100000001B3L;
		}
		return h;
	}

	/** The finaliser of SplitMix64: every bit of the seed moves every bit of the start. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
