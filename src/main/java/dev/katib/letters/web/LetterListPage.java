package dev.katib.letters.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Permission;
import dev.katib.letters.LetterFilter;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterPage;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.platform.Pages;

/** The organisation's letters, newest first, filtered by status, category and words. */
@RequiresPermission(Permission.READ_LETTERS)
@Pages
class LetterListPage {

	private static final int PAGE_SIZE = 20;
	private static final List<String> STATUSES = Arrays.stream(LetterStatus.values()).map(LetterStatus::name).toList();

	private final Letters letters;
	private final WritingKnowledge knowledge;
	private final AccessPolicy access;
	private final Callers callers;
	private final Colleagues colleagues;

	LetterListPage(Letters letters, WritingKnowledge knowledge, AccessPolicy access, Callers callers, Colleagues colleagues) {
		this.letters = letters;
		this.knowledge = knowledge;
		this.access = access;
		this.callers = callers;
		this.colleagues = colleagues;
	}

	@GetMapping("/letters")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String category, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		Caller caller = callers.current();
		String words = blankToNull(q == null ? null : q.substring(0, Math.min(q.length(), 200)));
		String wantedStatus = status != null && STATUSES.contains(status) ? status : null;
		List<CategoryDefinition> categories = knowledge.categories(caller.tenantId());
		String wantedCategory = categories.stream().anyMatch(c -> c.key().equals(category)) ? category : null;
		LetterPage found = letters.search(caller, new LetterFilter(wantedStatus, wantedCategory, null, words),
				Math.clamp(page, 0, 10_000), PAGE_SIZE);
		ZoneId zone = colleagues.timeZone(caller.tenantId());
		Map<String, CategoryDefinition> byKey = categories.stream()
			.collect(Collectors.toMap(CategoryDefinition::key, Function.identity()));
		model.addAttribute("rows", found.items().stream().map(letter -> row(letter, byKey, zone, locale)).toList());
		model.addAttribute("total", found.total());
		model.addAttribute("page", found.page());
		model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("q", words);
		model.addAttribute("status", wantedStatus);
		model.addAttribute("category", wantedCategory);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("categories", categories);
		model.addAttribute("canWrite", access.allows(Permission.WRITE_LETTERS));
		return "letters/list";
	}

	private static ListedLetter row(LetterView letter, Map<String, CategoryDefinition> categories, ZoneId zone,
			Locale locale) {
		CategoryDefinition category = categories.get(letter.category());
		return new ListedLetter(letter.id(), letter.version() == null ? null : letter.version().letter().subject(),
				letter.language(), Addressees.line(letter.recipient(), locale),
				category == null ? letter.category() : ShownLetters.categoryName(category, locale), letter.status().name(),
				letter.writer().name() == null ? "" : letter.writer().name(), Times.day(letter.createdAt(), zone, locale));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
