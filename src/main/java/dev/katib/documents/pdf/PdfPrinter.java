package dev.katib.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import dev.katib.documents.DocumentImage;

/**
 * Prints laid-out pages into a PDF document: one content stream per page, the two faces embedded as
 * subsets once every glyph is known, and each image embedded once however often it is drawn.
 */
final class PdfPrinter {

	private final FontFaces faces;

	PdfPrinter(FontFaces faces) {
		this.faces = faces;
	}

	void print(PDDocument document, List<List<Ink>> pages, Sheet sheet) throws IOException {
		Map<Face, PageContent.FontResource> fonts = new LinkedHashMap<>();
		fonts.put(faces.regular(), new PageContent.FontResource(COSName.getPDFName("F1"),
				new EmbeddedFont(faces.regular())));
		fonts.put(faces.bold(), new PageContent.FontResource(COSName.getPDFName("F2"), new EmbeddedFont(faces.bold())));
		Map<DocumentImage, PDImageXObject> images = new HashMap<>();
		List<COSDictionary> fontResourcesOfPages = new ArrayList<>();
		for (List<Ink> ink : pages) {
			PDPage page = new PDPage(new PDRectangle(sheet.width(), sheet.height()));
			PDResources resources = new PDResources();
			COSDictionary fontResources = new COSDictionary();
			PageContent content = new PageContent(sheet.height(), fonts);
			for (Ink item : ink) {
				switch (item) {
					case Ink.Text text -> content.text(text.x(), text.baseline(), text.line());
					case Ink.Turned turned -> content.turned(turned.centreX(), turned.centreY(), turned.degrees(),
							turned.line());
					case Ink.Rule rule -> content.rule(rule.x1(), rule.y1(), rule.x2(), rule.y2(), rule.thickness(),
							rule.rgb());
					case Ink.Fill fill -> content.fill(fill.x(), fill.y(), fill.width(), fill.height(), fill.rgb());
					case Ink.Qr qr -> content.qr(qr.x(), qr.y(), qr.size(), qr.modules());
					case Ink.Picture picture -> {
						PDImageXObject image = images.get(picture.image());
						if (image == null) {
							image = PDImageXObject.createFromByteArray(document, picture.image().bytes(), "image");
							images.put(picture.image(), image);
						}
						content.image(resources.add(image), picture.x(), picture.y(), picture.width(),
								picture.height());
					}
				}
			}
			fontResourcesOfPages.add(fontResources);
			resources.getCOSObject().setItem(COSName.FONT, fontResources);
			page.setResources(resources);
			page.setContents(new PDStream(document, new ByteArrayInputStream(content.bytes()), COSName.FLATE_DECODE));
			document.addPage(page);
		}
		for (PageContent.FontResource resource : fonts.values()) {
			EmbeddedFont font = resource.font();
			if (font.used()) {
				TrueTypeFont program = faces.borrow(font.face());
				try {
					font.finish(document, program);
				}
				finally {
					faces.release(font.face(), program);
				}
				fontResourcesOfPages.forEach(dictionary -> dictionary.setItem(resource.name(), font.dictionary()));
			}
		}
	}
}
