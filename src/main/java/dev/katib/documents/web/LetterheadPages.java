package dev.katib.documents.web;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Permission;
import dev.katib.documents.DocumentImage;
import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadChanged.Change;
import dev.katib.documents.LetterheadVersion;
import dev.katib.documents.Letterheads;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * The letterhead admin page: edit a new version with a live preview of a specimen letter printed on
 * it, save it as a draft, and activate a draft. Owners and admins only.
 */
@Pages
@RequestMapping("/admin/letterhead")
class LetterheadPages {

	private final Letterheads letterheads;
	private final AccessPolicy access;
	private final LetterheadPreview preview;
	private final LetterheadAudit audit;
	private final Colleagues colleagues;

	LetterheadPages(Letterheads letterheads, AccessPolicy access, LetterheadPreview preview, LetterheadAudit audit,
			Colleagues colleagues) {
		this.letterheads = letterheads;
		this.access = access;
		this.preview = preview;
		this.audit = audit;
		this.colleagues = colleagues;
	}

	@GetMapping
	String page(Model model, Locale locale) {
		Caller caller = caller();
		List<LetterheadVersion> versions = letterheads.versions(caller.tenantId());
		return show(model, caller, startingForm(caller, versions), null, locale);
	}

	/** The live preview: a picture of the specimen letter's first page, for htmx to swap in. */
	@PostMapping("/preview")
	String preview(@ModelAttribute LetterheadForm form, Model model, Locale locale) {
		Caller caller = caller();
		try {
			Letterhead letterhead = letterheads.preview(caller.tenantId(), form.draft(latestLogo(caller)));
			model.addAttribute("image", dataUri(preview.png(letterhead, locale)));
		}
		catch (KatibException ex) {
			model.addAttribute("error", "letterhead.error." + ex.type().slug());
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", "letterhead.error.invalid-letterhead");
		}
		return "documents/letterhead :: preview";
	}

	@PostMapping
	String save(@ModelAttribute LetterheadForm form, Model model, Locale locale) {
		Caller caller = caller();
		try {
			audit.changed(caller, Change.DRAFT_CREATED, letterheads.createDraft(caller.tenantId(),
					form.draft(latestLogo(caller))));
			return "redirect:/admin/letterhead?saved";
		}
		catch (KatibException ex) {
			return show(model, caller, form, "letterhead.error." + ex.type().slug(), locale);
		}
		catch (IllegalArgumentException ex) {
			return show(model, caller, form, "letterhead.error.invalid-letterhead", locale);
		}
	}

	@PostMapping("/{version}/activate")
	String activate(@PathVariable int version, Model model, Locale locale) {
		Caller caller = caller();
		try {
			audit.changed(caller, Change.ACTIVATED, letterheads.activate(caller.tenantId(), version));
			return "redirect:/admin/letterhead?activated";
		}
		catch (KatibException ex) {
			return show(model, caller, startingForm(caller, letterheads.versions(caller.tenantId())),
					"letterhead.error." + ex.type().slug(), locale);
		}
	}

	private String show(Model model, Caller caller, LetterheadForm form, @Nullable String error, Locale locale) {
		List<LetterheadVersion> versions = letterheads.versions(caller.tenantId());
		model.addAttribute("form", form);
		model.addAttribute("versions", versions);
		model.addAttribute("error", error);
		Optional<Letterhead> shown = versions.stream().findFirst().map(LetterheadVersion::letterhead);
		model.addAttribute("image", shown.map(letterhead -> dataUri(preview.png(letterhead, locale))).orElse(null));
		return "documents/letterhead";
	}

	/** The latest version, or, for an organisation without one yet, its registered names. */
	private LetterheadForm startingForm(Caller caller, List<LetterheadVersion> versions) {
		if (!versions.isEmpty()) {
			return LetterheadForm.of(versions.getFirst().letterhead());
		}
		return colleagues.names(caller.tenantId())
			.map(names -> LetterheadForm.named(names.arabic(), names.english()))
			.orElseGet(LetterheadForm::blank);
	}

	private byte @Nullable [] latestLogo(Caller caller) {
		return letterheads.versions(caller.tenantId())
			.stream()
			.findFirst()
			.map(version -> version.letterhead().logo())
			.map(DocumentImage::bytes)
			.orElse(null);
	}

	private Caller caller() {
		return access.require(Permission.MANAGE_ORGANISATION);
	}

	private static String dataUri(byte[] png) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
	}
}
