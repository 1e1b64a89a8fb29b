package dev.katib.delivery.web;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.delivery.internal.SignerDigests;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** A signer's choice of how often to be told of the letters waiting for their signature; linked from their queue. */
@RequiresPermission(Permission.SIGN_LETTERS)
@Pages
class DigestPages {

	private final SignerDigests digests;
	private final Callers callers;

	DigestPages(SignerDigests digests, Callers callers) {
		this.digests = digests;
		this.callers = callers;
	}

	@GetMapping("/me/digest")
	String digest(Model model) {
		model.addAttribute("setting", digests.setting(callers.current()));
		model.addAttribute("frequencies", SignerDigests.Frequency.values());
		return "delivery/digest";
	}

	@PostMapping("/me/digest")
	String save(@RequestParam(required = false) @Nullable String frequency,
			@RequestParam(required = false) @Nullable String phone, Model model, RedirectAttributes redirect) {
		try {
			digests.save(callers.current(), frequency, phone);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/me/digest";
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 403) {
				throw refused;
			}
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("setting", digests.setting(callers.current()));
			model.addAttribute("frequencies", SignerDigests.Frequency.values());
			return "delivery/digest";
		}
	}
}
