package dev.katib.documents.pdf;

import java.util.ArrayList;
import java.util.List;

import dev.katib.documents.DocumentDescription;

/**
 * Lays a document out on its letterhead: the content poured down the pages, then each page given
 * its watermark (drafts), running header and footer, now that the number of pages is known.
 */
final class Composer {

	private final Setting setting;

	Composer(Setting setting) {
		this.setting = setting;
	}

	List<List<Ink>> pages() {
		Sheet sheet = setting.sheet();
		Flow flow = new Flow(sheet.top(), sheet.bottom());
		DocumentDescription document = setting.document();
		BodyComposer body = new BodyComposer(setting, flow);
		body.header();
		body.body();
		ClosingComposer closing = new ClosingComposer(setting, flow);
		if (document.signature() != null) {
			closing.signature(document.signature());
		}
		if (document.verification() != null) {
			closing.verification(document.verification());
		}
		PageFrames frames = new PageFrames(setting);
		List<Ink> watermark = frames.watermark();
		List<Ink> header = frames.header();
		List<List<Ink>> content = flow.pages();
		List<List<Ink>> pages = new ArrayList<>(content.size());
		for (int i = 0; i < content.size(); i++) {
			List<Ink> page = new ArrayList<>(watermark);
			page.addAll(header);
			page.addAll(content.get(i));
			page.addAll(frames.footer(i + 1, content.size()));
			pages.add(page);
		}
		return pages;
	}
}
