package dev.katib.documents.pdf;

import java.util.ArrayList;
import java.util.List;

import dev.katib.documents.BodyBlock;
import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentImage;
import dev.katib.documents.HeaderBlock;
import dev.katib.documents.SignatureBlock;
import dev.katib.documents.Verification;
import dev.katib.documents.layout.Labels;
import dev.katib.documents.layout.QrCode;

import org.jspecify.annotations.Nullable;

/**
 * The flowing content of a document: header block, body blocks, signature block and verification,
 * in that order. Tables and two-sided lines are written with their cells in the order they appear
 * from left to right, so Arabic tables are mirrored whatever the layout engine does with direction.
 */
final class DocumentContent {

	private final DocumentDates dates;

	DocumentContent(DocumentDates dates) {
		this.dates = dates;
	}

	void write(Markup out, DocumentDescription document, OfflineResources resources) {
		Labels labels = Labels.of(document.language());
		if (document.draft()) {
			out.raw("<div class=\"watermark\">").text(labels.draft()).raw("</div>\n");
		}
		header(out, document, labels);
		for (BodyBlock block : document.body()) {
			switch (block) {
				case BodyBlock.Paragraph p -> out.raw("<p>").text(p.text()).raw("</p>\n");
				case BodyBlock.Line l -> out.raw("<div class=\"line " + alignment(l) + (l.emphasised() ? " bold" : "")
						+ "\">").text(l.text()).raw("</div>\n");
				case BodyBlock.AddresseeLine a -> addressee(out, a, document.language().rightToLeft());
				case BodyBlock.Table t -> table(out, t, document.language().rightToLeft());
			}
		}
		if (document.signature() != null) {
			signature(out, document.signature(), labels, resources);
		}
		if (document.verification() != null) {
			verification(out, document.verification(), labels, resources);
		}
	}

	private void header(Markup out, DocumentDescription document, Labels labels) {
		HeaderBlock header = document.header();
		var day = header.issued().day();
		out.raw("<div class=\"meta\"><span class=\"label\">").text(labels.number() + ": ").raw("</span>")
			.text(header.referenceNumber() == null ? labels.noNumber() : header.referenceNumber())
			.raw("</div>\n");
		out.raw("<div class=\"meta\"><span class=\"label\">").text(labels.hijriDate() + ": ").raw("</span>")
			.text(dates.formatHijri(day, document.language(), document.digits()))
			.raw("</div>\n");
		out.raw("<div class=\"meta\"><span class=\"label\">").text(labels.gregorianDate() + ": ").raw("</span>")
			.text(dates.formatGregorian(day, document.language(), document.digits()))
			.raw("</div>\n");
		out.raw("<div class=\"meta\"><span class=\"label\">").text(labels.attachments() + ": ").raw("</span>")
			.text(dates.number(header.attachments(), document.digits()))
			.raw("</div>\n");
		out.raw("<div class=\"subject\"><span class=\"label\">").text(labels.subject() + ": ").raw("</span>")
			.text(header.subject())
			.raw("</div>\n");
	}

	private static String alignment(BodyBlock.Line line) {
		return switch (line.alignment()) {
			case START -> "start";
			case CENTRE -> "centre";
			case END -> "end";
		};
	}

	private static void addressee(Markup out, BodyBlock.AddresseeLine line, boolean rtl) {
		out.raw("<table class=\"addressee\"><tr>");
		List<Runnable> cells = new ArrayList<>();
		cells.add(() -> out.raw("<td class=\"" + (rtl ? "cell-ar" : "cell-en") + "\">").text(line.addressee())
			.raw("</td>"));
		if (line.farEnd() != null) {
			cells.add(() -> out.raw("<td class=\"" + (rtl ? "far-ar" : "far-en") + "\">").text(line.farEnd())
				.raw("</td>"));
		}
		inVisualOrder(cells, rtl).forEach(Runnable::run);
		out.raw("</tr></table>\n");
	}

	private static void table(Markup out, BodyBlock.Table table, boolean rtl) {
		out.raw("<table class=\"grid\"><thead><tr>");
		for (String cell : inVisualOrder(table.header(), rtl)) {
			out.raw("<th>").text(cell).raw("</th>");
		}
		out.raw("</tr></thead><tbody>");
		for (List<String> row : table.rows()) {
			out.raw("<tr>");
			for (String cell : inVisualOrder(row, rtl)) {
				out.raw("<td>").text(cell).raw("</td>");
			}
			out.raw("</tr>");
		}
		out.raw("</tbody></table>\n");
	}

	private static <T> List<T> inVisualOrder(List<T> cells, boolean rtl) {
		return rtl ? cells.reversed() : cells;
	}

	private static void signature(Markup out, SignatureBlock signature, Labels labels, OfflineResources resources) {
		out.raw("<div class=\"signature\">");
		out.raw("<div class=\"bold\">").text(signature.jobTitle()).raw("</div>");
		if (signature.signature() != null || signature.stamp() != null) {
			out.raw("<div>");
			image(out, signature.signature(), "signature", resources);
			image(out, signature.stamp(), "stamp", resources);
			out.raw("</div>");
		}
		out.raw("<div class=\"bold\">").text(signature.name()).raw("</div>");
		if (signature.signedElectronically()) {
			out.raw("<div class=\"electronic\">").text(labels.signedElectronically()).raw("</div>");
		}
		out.raw("</div>\n");
	}

	private static void image(Markup out, @Nullable DocumentImage image, String name, OfflineResources resources) {
		if (image != null) {
			out.raw("<img src=\"").attribute(resources.add(name, image.bytes())).raw("\" alt=\"\"/>");
		}
	}

	private static void verification(Markup out, Verification verification, Labels labels,
			OfflineResources resources) {
		String qr = resources.add("qr", QrCode.png(verification.url().toString()));
		out.raw("<div class=\"verification\"><img src=\"").attribute(qr).raw("\" alt=\"\"/>");
		out.raw("<div><span class=\"label\">").text(labels.verificationCode() + ": ").raw("</span>")
			.text(verification.code())
			.raw("</div><div>")
			.text(verification.url().toString())
			.raw("</div></div>\n");
	}
}
