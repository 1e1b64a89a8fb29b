package dev.katib.documents.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * The XMP metadata of an archival PDF, written as text: PDF/A identification, title, author, number,
 * day of issue, language and dates that agree with the information dictionary. Written directly,
 * because building it through an XML transformer costs more than printing the letter.
 */
final class XmpPacket {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
		.withZone(ZoneOffset.UTC);

	private XmpPacket() {
	}

	static byte[] of(PdfDescription description, Instant issued, @Nullable String identifier) {
		String created = DATE.format(description.created());
		StringBuilder xmp = new StringBuilder(2048)
			.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
			.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
			.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
			.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
			.append("<dc:format>application/pdf</dc:format>\n")
			.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(description.title()))
			.append("</rdf:li></rdf:Alt></dc:title>\n")
			.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(description.author()))
			.append("</rdf:li></rdf:Seq></dc:creator>\n");
		if (identifier != null) {
			xmp.append("<dc:identifier>").append(escape(identifier)).append("</dc:identifier>\n");
		}
		xmp.append("<dc:date><rdf:Seq><rdf:li>").append(DATE.format(issued)).append("</rdf:li></rdf:Seq></dc:date>\n")
			.append("<dc:language><rdf:Bag><rdf:li>").append(escape(description.language()))
			.append("</rdf:li></rdf:Bag></dc:language>\n")
			.append("</rdf:Description>\n")
			.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
			.append("<xmp:CreatorTool>").append(PdfDescription.PRODUCER).append("</xmp:CreatorTool>\n")
			.append("<xmp:CreateDate>").append(created).append("</xmp:CreateDate>\n")
			.append("<xmp:ModifyDate>").append(created).append("</xmp:ModifyDate>\n")
			.append("<xmp:MetadataDate>").append(created).append("</xmp:MetadataDate>\n")
			.append("</rdf:Description>\n")
			.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
			.append("<pdf:Producer>").append(PdfDescription.PRODUCER).append("</pdf:Producer>\n")
			.append("</rdf:Description>\n")
			.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
			.append("<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n")
			.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
		return xmp.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Text as XML character data; characters XML does not allow are left out. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
							|| c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
					if (allowed) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}
}
