package dev.katib.documents.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import dev.katib.documents.Archival;

/**
 * Makes a PDF a PDF/A-3u: an sRGB output intent, XMP metadata that agrees with the information
 * dictionary (PDF/A identification, title, author, identifier, dates), and the caller's files
 * embedded as the document's associated files ({@code /AF}, relationship {@code /Data}).
 */
final class PdfArchive {

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
	private static final String SRGB_NAME = "sRGB IEC61966-2.1";

	private PdfArchive() {
	}

	static void apply(PDDocument pdf, PdfDescription description, LocalDate issued, Archival archival)
			throws IOException {
		pdf.setVersion(1.7f);
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
		intent.setInfo(SRGB_NAME);
		intent.setOutputCondition(SRGB_NAME);
		intent.setOutputConditionIdentifier(SRGB_NAME);
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
		PDMetadata metadata = new PDMetadata(pdf);
		metadata.importXMPMetadata(XmpPacket.of(description, issued.atStartOfDay(ZoneOffset.UTC).toInstant(),
				archival.identifier()));
		catalog.setMetadata(metadata);
		attach(pdf, description, archival.attachments());
	}

	private static void attach(PDDocument pdf, PdfDescription description, List<Archival.Attachment> attachments)
			throws IOException {
		if (attachments.isEmpty()) {
			return;
		}
		Map<String, PDComplexFileSpecification> names = new LinkedHashMap<>();
		COSArray associated = new COSArray();
		for (Archival.Attachment attachment : attachments) {
			byte[] content = attachment.content();
			PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(content), COSName.FLATE_DECODE);
			file.setSubtype(attachment.mediaType());
			file.setSize(content.length);
			file.setCreationDate(PdfDescription.calendar(description.created()));
			file.setModDate(PdfDescription.calendar(description.created()));
			PDComplexFileSpecification specification = new PDComplexFileSpecification();
			specification.setFile(attachment.filename());
			specification.setFileUnicode(attachment.filename());
			specification.setFileDescription(attachment.description());
			specification.setEmbeddedFile(file);
			specification.setEmbeddedFileUnicode(file);
			specification.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
			names.put(attachment.filename(), specification);
			associated.add(specification);
		}
		PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
		tree.setNames(names);
		PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
		dictionary.setEmbeddedFiles(tree);
		pdf.getDocumentCatalog().setNames(dictionary);
		pdf.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
	}
}
