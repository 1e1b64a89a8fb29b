package dev.katib.documents.pdf;

import java.util.ArrayList;
import java.util.List;

import com.google.zxing.common.BitMatrix;

import dev.katib.documents.DocumentImage;
import dev.katib.documents.SignatureBlock;
import dev.katib.documents.Verification;
import dev.katib.documents.layout.QrCode;

/**
 * The end of a letter, each part kept on one page: the signature block at the far side (job title,
 * signature and stamp images, name, and the note of an electronic signature), then the verification
 * code with its QR code.
 */
final class ClosingComposer {

	private static final float NOTE_SIZE = 9f;
	private static final int NOTE = 0x555555;
	private static final int VERIFICATION = 0x333333;

	private final Setting setting;
	private final Flow flow;

	ClosingComposer(Setting setting, Flow flow) {
		this.setting = setting;
		this.flow = flow;
	}

	void signature(SignatureBlock signature) {
		Sheet sheet = setting.sheet();
		float width = sheet.contentWidth() * 0.45f;
		float x = setting.rightToLeft() ? sheet.left() : sheet.right() - width;
		float lineHeight = Setting.BODY_SIZE * Setting.BODY_LEADING;
		List<Line> title = setting.set(signature.jobTitle(), setting.bold(), width, LineAlignment.CENTRE);
		List<Line> name = setting.set(signature.name(), setting.bold(), width, LineAlignment.CENTRE);
		Style noteStyle = setting.body().sized(NOTE_SIZE).coloured(NOTE);
		List<Line> note = signature.signedElectronically()
				? setting.set(setting.labels().signedElectronically(), noteStyle, width, LineAlignment.CENTRE) : List.of();
		List<Box> images = images(signature, width);
		float imagesHeight = 0;
		for (Box box : images) {
			imagesHeight = Math.max(imagesHeight, box.height() + Units.mm(2));
		}
		float noteHeight = NOTE_SIZE * Setting.BODY_LEADING;
		flow.gap(Units.mm(8));
		flow.keep((title.size() + name.size()) * lineHeight + imagesHeight + note.size() * noteHeight);
		flow.lines(title, x, lineHeight, setting.bold());
		if (!images.isEmpty()) {
			float total = 0;
			for (Box box : images) {
				total += box.width() + Units.mm(4);
			}
			float left = x + (width - total) / 2 + Units.mm(2);
			for (Box box : images) {
				flow.add(new Ink.Picture(left, flow.y() + Units.mm(1) + (imagesHeight - Units.mm(2) - box.height()) / 2,
						box.width(), box.height(), box.image()));
				left += box.width() + Units.mm(4);
			}
			flow.down(imagesHeight);
		}
		flow.lines(name, x, lineHeight, setting.bold());
		flow.lines(note, x, noteHeight, noteStyle);
	}

	void verification(Verification verification) {
		Sheet sheet = setting.sheet();
		float size = Units.mm(24);
		Style text = setting.body().sized(NOTE_SIZE).coloured(VERIFICATION);
		Style label = setting.label().sized(NOTE_SIZE);
		float lineHeight = NOTE_SIZE * Setting.BODY_LEADING;
		List<Line> code = setting.set(List.of(new Span(setting.labels().verificationCode() + ": ", label),
				new Span(verification.code(), text)), sheet.contentWidth(), LineAlignment.START);
		List<Line> url = setting.set(verification.url().toString(), text, sheet.contentWidth(), LineAlignment.START);
		flow.gap(Units.mm(6));
		flow.keep(size + Units.mm(1) + (code.size() + url.size()) * lineHeight);
		BitMatrix modules = QrCode.matrix(verification.url().toString());
		float x = setting.rightToLeft() ? sheet.right() - size : sheet.left();
		flow.add(new Ink.Qr(x, flow.y(), size, modules));
		flow.down(size + Units.mm(1));
		flow.lines(code, sheet.left(), lineHeight, text);
		flow.lines(url, sheet.left(), lineHeight, text);
	}

	private record Box(DocumentImage image, float width, float height) {
	}

	private static List<Box> images(SignatureBlock signature, float width) {
		List<Box> boxes = new ArrayList<>();
		for (DocumentImage image : new DocumentImage[] { signature.signature(), signature.stamp() }) {
			if (image != null) {
				ImageSize size = ImageSize.of(image);
				float maxWidth = Math.min(Units.mm(45), width / 2 - Units.mm(4));
				float scale = Math.min(ImageSize.POINTS_PER_PIXEL,
						Math.min(maxWidth / size.width(), Units.mm(22) / size.height()));
				boxes.add(new Box(image, size.width() * scale, size.height() * scale));
			}
		}
		return boxes;
	}
}
