package dev.katib.documents.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontRel;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFontFamily;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPitch;
import org.springframework.core.io.ClassPathResource;

/**
 * Embeds the fonts a Word document is set in, so that it opens with the same Arabic letters on a
 * machine that does not have Amiri. Word keeps embedded fonts obfuscated (ECMA-376 part 1,
 * 17.8.1): the first 32 bytes of the font are XORed with its font key, a GUID written reversed.
 * The whole font is embedded, not a subset, since a subset without its OpenType tables would lose
 * the Arabic joining rules.
 */
final class WordFonts {

	static final String FONT_TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
	static final String FONT_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
	static final String OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
	private static final String FONT_TABLE_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

	private static final Embedded REGULAR = Embedded.load("Amiri-Regular.ttf");
	private static final Embedded BOLD = Embedded.load("Amiri-Bold.ttf");

	private WordFonts() {
	}

	static void embed(XWPFDocument word) {
		try {
			OPCPackage pkg = word.getPackage();
			PackagePart fontTable = pkg.createPart(name("/word/fontTable.xml"), FONT_TABLE_CONTENT);
			word.getPackagePart().addRelationship(fontTable.getPartName(), TargetMode.INTERNAL, FONT_TABLE_TYPE);

			FontsDocument table = FontsDocument.Factory.newInstance();
			CTFont font = table.addNewFonts().addNewFont();
			font.setName(WordText.FONT);
			font.addNewCharset().setVal(new byte[] { (byte) 0xB2 });
			font.addNewFamily().setVal(STFontFamily.ROMAN);
			font.addNewPitch().setVal(STPitch.VARIABLE);
			reference(font.addNewEmbedRegular(), fontTable, pkg, "/word/fonts/font1.odttf", REGULAR);
			reference(font.addNewEmbedBold(), fontTable, pkg, "/word/fonts/font2.odttf", BOLD);
			try (OutputStream out = fontTable.getOutputStream()) {
				table.save(out);
			}
			var settings = word.getSettings().getCTSettings();
			if (!settings.isSetEmbedTrueTypeFonts()) {
				settings.addNewEmbedTrueTypeFonts();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The fonts could not be embedded in the Word document.", ex);
		}
	}

	private static void reference(CTFontRel rel, PackagePart fontTable, OPCPackage pkg, String path, Embedded font)
			throws IOException {
		PackagePart part = pkg.createPart(name(path), OBFUSCATED_FONT);
		try (OutputStream out = part.getOutputStream()) {
			out.write(font.obfuscated());
		}
		rel.setId(fontTable.addRelationship(part.getPartName(), TargetMode.INTERNAL, FONT_TYPE).getId());
		rel.setFontKey(font.key());
	}

	private static PackagePartName name(String path) {
		try {
			return PackagingURIHelper.createPartName(path);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalArgumentException(path, ex);
		}
	}

	/** XORs the first 32 bytes with the key; applying it twice gives the font back. */
	static byte[] obfuscate(byte[] font, String fontKey) {
		byte[] guid = HexFormat.of().parseHex(fontKey.replaceAll("[{}-]", ""));
		byte[] result = font.clone();
		for (int i = 0; i < 32; i++) {
			result[i] ^= guid[15 - (i % 16)];
		}
		return result;
	}

	/** A font with a key of its own, derived from its name so that the same document is written the same way. */
	private record Embedded(String key, byte[] obfuscated) {

		static Embedded load(String file) {
			String key = "{" + UUID.nameUUIDFromBytes(("katib-font:" + file).getBytes(StandardCharsets.UTF_8))
				.toString()
				.toUpperCase() + "}";
			try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
				return new Embedded(key, obfuscate(in.readAllBytes(), key));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The font fonts/" + file + " is missing from the application.", ex);
			}
		}
	}
}
