package dev.katib.documents.pdf;

import java.time.LocalDate;
import java.util.List;

import dev.katib.documents.BodyBlock;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.HeaderBlock;
import dev.katib.documents.layout.Labels;

/**
 * The letter's flowing text: the header block (number, dates, attachments when there are any, and
 * the subject), then the body blocks in reading order. Paragraphs are justified; lines keep the
 * alignment they were given.
 */
final class BodyComposer {

	private static final float META_LEADING = 1.45f;

	private final Setting setting;
	private final Flow flow;
	private final TableComposer tables;

	BodyComposer(Setting setting, Flow flow) {
		this.setting = setting;
		this.flow = flow;
		this.tables = new TableComposer(setting, flow);
	}

	void header() {
		DocumentDescription document = setting.document();
		HeaderBlock header = document.header();
		Labels labels = setting.labels();
		LocalDate day = header.issued().day();
		meta(labels.number(), header.referenceNumber() == null ? labels.noNumber() : header.referenceNumber());
		meta(labels.hijriDate(), setting.dates().formatHijri(day, document.language(), document.digits()));
		meta(labels.gregorianDate(), setting.dates().formatGregorian(day, document.language(), document.digits()));
		if (header.attachments() > 0) {
			meta(labels.attachments(), setting.dates().number(header.attachments(), document.digits()));
		}
		flow.gap(Units.mm(2));
		text(List.of(new Span(labels.subject() + ": ", setting.label()), new Span(header.subject(), setting.bold())),
				LineAlignment.START, Setting.BODY_LEADING);
		flow.gap(Units.mm(5));
	}

	void body() {
		for (BodyBlock block : setting.document().body()) {
			switch (block) {
				case BodyBlock.Paragraph p -> text(List.of(new Span(p.text(), setting.body())), LineAlignment.JUSTIFY,
						Setting.BODY_LEADING);
				case BodyBlock.Line l -> text(List.of(new Span(l.text(), l.emphasised() ? setting.bold() : setting.body())),
						alignment(l), Setting.BODY_LEADING);
				case BodyBlock.AddresseeLine a -> addressee(a);
				case BodyBlock.Table t -> tables.table(t);
			}
			flow.gap(Units.mm(3));
		}
	}

	private void meta(String label, String value) {
		text(List.of(new Span(label + ": ", setting.label()), new Span(value, setting.body())), LineAlignment.START,
				META_LEADING);
	}

	private void text(List<Span> spans, LineAlignment alignment, float leading) {
		Sheet sheet = setting.sheet();
		List<Line> lines = setting.set(spans, sheet.contentWidth(), alignment);
		flow.lines(lines, sheet.left(), Setting.BODY_SIZE * leading, spans.getLast().style());
	}

	/** The addressee at the start of the line and the short phrase («حفظه الله») at its far end. */
	private void addressee(BodyBlock.AddresseeLine line) {
		Sheet sheet = setting.sheet();
		float width = sheet.contentWidth();
		float lineHeight = Setting.BODY_SIZE * Setting.BODY_LEADING;
		if (line.farEnd() == null) {
			text(List.of(new Span(line.addressee(), setting.bold())), LineAlignment.START, Setting.BODY_LEADING);
			return;
		}
		List<Span> far = List.of(new Span(line.farEnd(), setting.bold()));
		float farWidth = Math.min(width / 2, setting.typesetter().width(far, setting.rightToLeft()));
		float gap = Units.mm(4);
		float nameWidth = width - farWidth - gap;
		List<Line> name = setting.set(List.of(new Span(line.addressee(), setting.bold())), nameWidth,
				LineAlignment.START);
		List<Line> phrase = setting.set(far, farWidth, LineAlignment.END);
		float nameX = setting.rightToLeft() ? sheet.right() - nameWidth : sheet.left();
		float farX = setting.rightToLeft() ? sheet.left() : sheet.right() - farWidth;
		flow.keep(lineHeight * Math.max(name.size(), phrase.size()));
		float top = flow.y();
		flow.lines(name, nameX, lineHeight, setting.bold());
		float below = flow.y();
		float baseline = Flow.baseline(lineHeight, setting.bold());
		for (int i = 0; i < phrase.size(); i++) {
			flow.add(new Ink.Text(farX, top + i * lineHeight + baseline, phrase.get(i)));
		}
		flow.down(Math.max(0, top + phrase.size() * lineHeight - below));
	}

	private static LineAlignment alignment(BodyBlock.Line line) {
		return switch (line.alignment()) {
			case START -> LineAlignment.START;
			case CENTRE -> LineAlignment.CENTRE;
			case END -> LineAlignment.END;
		};
	}
}
