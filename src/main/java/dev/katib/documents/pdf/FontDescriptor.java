package dev.katib.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/** The font descriptor of an embedded subset, with its font program. */
final class FontDescriptor {

	private FontDescriptor() {
	}

	static COSDictionary of(Face face, String name, PDDocument document, byte[] program) throws IOException {
		COSDictionary dictionary = new COSDictionary();
		dictionary.setItem(COSName.TYPE, COSName.FONT_DESC);
		PDFontDescriptor descriptor = new PDFontDescriptor(dictionary);
		float scale = 1000f / face.unitsPerEm();
		descriptor.setFontName(name);
		descriptor.setFontFamily(FontFaces.FAMILY);
		descriptor.setSymbolic(true);
		descriptor.setNonSymbolic(false);
		descriptor.setSerif(true);
		descriptor.setForceBold(face.bold());
		descriptor.setFontWeight(face.bold() ? 700 : 400);
		descriptor.setItalicAngle(0);
		int[] box = face.box();
		PDRectangle bounds = new PDRectangle();
		bounds.setLowerLeftX(box[0] * scale);
		bounds.setLowerLeftY(box[1] * scale);
		bounds.setUpperRightX(box[2] * scale);
		bounds.setUpperRightY(box[3] * scale);
		descriptor.setFontBoundingBox(bounds);
		descriptor.setAscent(face.ascender() * scale);
		descriptor.setDescent(-face.descender() * scale);
		descriptor.setCapHeight(face.capHeight() * scale);
		descriptor.setStemV(face.bold() ? 120 : 80);
		PDStream file = new PDStream(document, new ByteArrayInputStream(program), COSName.FLATE_DECODE);
		file.getCOSObject().setInt(COSName.LENGTH1, program.length);
		descriptor.setFontFile2(file);
		return descriptor.getCOSObject();
	}
}
