package dev.katib.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * One face as it is embedded in a PDF: a Type 0 font whose codes are character ids handed out in the
 * order glyphs are first drawn. Each id stands for one glyph <em>and</em> the characters it was shaped
 * from, so the ToUnicode map gives every glyph the text it really reads as, even when the same glyph
 * stands for different characters in two places. The font program is a subset with just those glyphs.
 */
final class EmbeddedFont {

	private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
			"fpgm", "gasp");

	private final Face face;
	private final COSDictionary type0 = new COSDictionary();
	private final Map<Code, Integer> ids = new LinkedHashMap<>();

	EmbeddedFont(Face face) {
		this.face = face;
	}

	COSDictionary dictionary() {
		return type0;
	}

	Face face() {
		return face;
	}

	/** The code to draw a glyph with, for the characters it stands for. */
	int code(int glyph, String text) {
		return ids.computeIfAbsent(new Code(glyph, text), code -> ids.size() + 1);
	}

	boolean used() {
		return !ids.isEmpty();
	}

	/** Writes the font dictionaries and the subset program, once every page has been drawn. */
	void finish(PDDocument document, TrueTypeFont program) throws IOException {
		TreeSet<Integer> glyphs = new TreeSet<>();
		ids.keySet().forEach(code -> glyphs.add(code.glyph()));
		TTFSubsetter subsetter = new TTFSubsetter(program, TABLES);
		subsetter.addGlyphIds(glyphs);
		String name = tag(glyphs) + "+" + face.name();
		subsetter.setPrefix(tag(glyphs));
		Map<Integer, Integer> newToOld = subsetter.getGIDMap();
		Map<Integer, Integer> oldToNew = new HashMap<>();
		newToOld.forEach((newId, oldId) -> oldToNew.put(oldId, newId));
		ByteArrayOutputStream subset = new ByteArrayOutputStream();
		subsetter.writeToStream(subset);

		COSDictionary cidFont = new COSDictionary();
		cidFont.setItem(COSName.TYPE, COSName.FONT);
		cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
		cidFont.setName(COSName.BASE_FONT, name);
		COSDictionary system = new COSDictionary();
		system.setString(COSName.REGISTRY, "Adobe");
		system.setString(COSName.ORDERING, "Identity");
		system.setInt(COSName.SUPPLEMENT, 0);
		cidFont.setItem(COSName.CIDSYSTEMINFO, system);
		cidFont.setItem(COSName.FONT_DESC, FontDescriptor.of(face, name, document, subset.toByteArray()));
		COSArray widths = new COSArray();
		byte[] cidToGid = new byte[2 * (ids.size() + 1)];
		ids.forEach((code, id) -> {
			widths.add(new COSFloat(face.pdfWidth(code.glyph())));
			int newGlyph = oldToNew.get(code.glyph());
			cidToGid[2 * id] = (byte) (newGlyph >> 8);
			cidToGid[2 * id + 1] = (byte) newGlyph;
		});
		COSArray w = new COSArray();
		w.add(COSInteger.ONE);
		w.add(widths);
		cidFont.setItem(COSName.W, w);
		cidFont.setInt(COSName.DW, 0);
		cidFont.setItem(COSName.CID_TO_GID_MAP, new PDStream(document, new java.io.ByteArrayInputStream(cidToGid),
				COSName.FLATE_DECODE).getCOSObject());

		type0.setItem(COSName.TYPE, COSName.FONT);
		type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
		type0.setName(COSName.BASE_FONT, name);
		type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
		COSArray descendants = new COSArray();
		descendants.add(cidFont);
		type0.setItem(COSName.DESCENDANT_FONTS, descendants);
		type0.setItem(COSName.TO_UNICODE, new PDStream(document,
				new java.io.ByteArrayInputStream(toUnicode().getBytes(StandardCharsets.US_ASCII)), COSName.FLATE_DECODE)
			.getCOSObject());
	}

	/** The ToUnicode CMap: each code to the characters its glyph stands for, as UTF-16BE. */
	private String toUnicode() {
		StringBuilder cmap = new StringBuilder(64 * ids.size() + 512);
		cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
			.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
			.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
			.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		List<Map.Entry<Code, Integer>> entries = new ArrayList<>(ids.entrySet());
		for (int from = 0; from < entries.size(); from += 100) {
			List<Map.Entry<Code, Integer>> block = entries.subList(from, Math.min(entries.size(), from + 100));
			cmap.append(block.size()).append(" beginbfchar\n");
			for (Map.Entry<Code, Integer> entry : block) {
				cmap.append(String.format(Locale.ROOT, "<%04X> <", entry.getValue()));
				for (char c : entry.getKey().text().toCharArray()) {
					cmap.append(String.format(Locale.ROOT, "%04X", (int) c));
				}
				cmap.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return cmap.toString();
	}

	/** Six capitals from the glyph set, so that the same glyphs give the same name and the same bytes. */
	private static String tag(TreeSet<Integer> glyphs) {
		long hash = glyphs.hashCode() & 0xFFFFFFFFL;
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('A' + hash % 26));
			hash /= 26;
		}
		return tag.toString();
	}

	private record Code(int glyph, String text) {
	}
}
