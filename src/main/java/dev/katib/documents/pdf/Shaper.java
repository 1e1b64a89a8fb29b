package dev.katib.documents.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Shapes text with the JDK's OpenType layout (HarfBuzz): contextual forms and the font's required
 * and standard ligatures (GSUB), kerning and marks placed on their base letters with no advance of
 * their own (GPOS). A shaping call costs far more than the glyphs it returns, so shaped words are
 * kept: letters use the same few thousand words again and again.
 */
final class Shaper {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private final Cache<Key, Shaped> shaped;

	Shaper(long maxWords) {
		this.shaped = Caffeine.newBuilder().maximumSize(maxWords).build();
	}

	/** A word or a run of one direction; never a bidi control character. */
	Shaped shape(Face face, String text, boolean rightToLeft) {
		return shaped.get(new Key(face, text, rightToLeft), key -> layout(key.face(), key.text(), key.rightToLeft()));
	}

	void forget() {
		shaped.invalidateAll();
	}

	private static Shaped layout(Face face, String text, boolean rightToLeft) {
		char[] chars = text.toCharArray();
		GlyphVector vector = face.shaping()
			.layoutGlyphVector(CONTEXT, chars, 0, chars.length,
					rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
		int count = vector.getNumGlyphs();
		float[] positions = vector.getGlyphPositions(0, count + 1, null);
		List<Integer> kept = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int glyph = vector.getGlyphCode(i);
			// the JDK's invisible glyphs (0xFFFE, 0xFFFF) stand for zero-width characters; nothing to draw
			if (glyph < face.advances().length) {
				kept.add(i);
			}
		}
		int n = kept.size();
		int[] glyphs = new int[n];
		float[] x = new float[n];
		float[] y = new float[n];
		int[] clusters = new int[n];
		for (int k = 0; k < n; k++) {
			int i = kept.get(k);
			glyphs[k] = vector.getGlyphCode(i);
			x[k] = positions[2 * i];
			y[k] = -positions[2 * i + 1];
			clusters[k] = vector.getGlyphCharIndex(i);
		}
		float advance = positions[2 * count];
		Readings readings = texts(text, clusters, rightToLeft, glyphs, x, face.advances(), advance);
		return new Shaped(glyphs, x, y, readings.texts(), readings.silent(), advance, text, rightToLeft);
	}

	/**
	 * What each glyph reads as: the characters of its cluster, one per glyph in reading order, the
	 * last glyph taking what is left (a ligature). A glyph beyond the cluster's characters (a letter
	 * the font draws in two pieces) and a mark carried by its letter are silent: they keep a mapping of
	 * their own (an archival PDF maps every glyph), but readers are told they read as nothing.
	 */
	static Readings texts(String text, int[] clusters, boolean rightToLeft, int[] glyphs, float[] x, int[] advances,
			float width) {
		TreeMap<Integer, List<Integer>> byCluster = new TreeMap<>();
		for (int k = 0; k < clusters.length; k++) {
			byCluster.computeIfAbsent(clusters[k], c -> new ArrayList<>()).add(k);
		}
		String[] texts = new String[clusters.length];
		String[] own = new String[clusters.length];
		for (var entry : byCluster.entrySet()) {
			int start = entry.getKey();
			Integer next = byCluster.higherKey(start);
			String cluster = text.substring(start, next == null ? text.length() : next);
			List<Integer> members = new ArrayList<>(entry.getValue());
			if (rightToLeft) {
				members = members.reversed();
			}
			int[] points = cluster.codePoints().toArray();
			for (int g = 0; g < members.size(); g++) {
				String reads;
				if (g >= points.length) {
					reads = "";
					own[members.get(g)] = Character.toString(points[points.length - 1]);
				}
				else if (g == members.size() - 1) {
					reads = new String(points, g, points.length - g);
				}
				else {
					reads = Character.toString(points[g]);
				}
				texts[members.get(g)] = reads;
				if (!reads.isEmpty()) {
					own[members.get(g)] = reads;
				}
			}
		}
		carryMarksOnBases(texts, clusters, rightToLeft, glyphs, x, advances, width);
		boolean[] silent = new boolean[texts.length];
		for (int k = 0; k < texts.length; k++) {
			silent[k] = texts[k].isEmpty();
			if (silent[k]) {
				texts[k] = own[k];
			}
		}
		return new Readings(texts, silent);
	}

	/** Each glyph's characters, and whether it reads as nothing. */
	record Readings(String[] texts, boolean[] silent) {
	}

	/**
	 * Gives each mark drawn over a letter (inside another glyph's advance) the letter's glyph to read
	 * with, the letter it follows as typed, so that readers which place a glyph's characters by the
	 * glyph's position (poppler, PDFBox) keep each mark with its letter; so does a mark drawn outside
	 * the word. A mark the font sets with room of its own (a tanween before an alef) keeps its glyph. In a
	 * right-to-left run a glyph's characters are listed in visual order, as such readers expect, and
	 * restore them to reading order when they reverse the run.
	 */
	private static void carryMarksOnBases(String[] texts, int[] clusters, boolean rightToLeft, int[] glyphs,
			float[] x, int[] advances, float width) {
		Integer[] logical = new Integer[texts.length];
		for (int k = 0; k < logical.length; k++) {
			logical[k] = k;
		}
		Arrays.sort(logical, (a, b) -> clusters[a] != clusters[b] ? Integer.compare(clusters[a], clusters[b])
				: rightToLeft ? Integer.compare(b, a) : Integer.compare(a, b));
		int base = -1;
		for (int glyph : logical) {
			String text = texts[glyph];
			boolean mark = !text.isEmpty()
					&& text.codePoints().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)
					&& (x[glyph] < 0 || x[glyph] >= width || drawnOverAnother(glyph, glyphs, x, advances));
			if (mark && base >= 0) {
				texts[base] = texts[base] + text;
				texts[glyph] = "";
			}
			else if (!text.isEmpty()) {
				base = glyph;
			}
		}
		if (rightToLeft) {
			for (int k = 0; k < texts.length; k++) {
				texts[k] = new StringBuilder(texts[k]).reverse().toString();
			}
		}
	}

	private static boolean drawnOverAnother(int mark, int[] glyphs, float[] x, int[] advances) {
		for (int k = 0; k < glyphs.length; k++) {
			if (k != mark && advances[glyphs[k]] > 0 && x[k] < x[mark] + 0.5f
					&& x[mark] < x[k] + advances[glyphs[k]] - 0.5f) {
				return true;
			}
		}
		return false;
	}

	private record Key(Face face, String text, boolean rightToLeft) {
	}
}
