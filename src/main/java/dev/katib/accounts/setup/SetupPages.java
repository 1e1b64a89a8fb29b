package dev.katib.accounts.setup;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import dev.katib.accounts.AccountEvent.Actor;
import dev.katib.accounts.Profile;
import dev.katib.accounts.members.Enrolment;
import dev.katib.accounts.members.FormErrors;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The first-run page: the first organisation and its owner. It exists only while no user does. */
@Pages
class SetupPages {

	private final FirstRun firstRun;
	private final FirstRunSetup setup;

	SetupPages(FirstRun firstRun, FirstRunSetup setup) {
		this.firstRun = firstRun;
		this.setup = setup;
	}

	record SetupForm(@NotBlank @Size(max = 200) String organisationAr, @NotBlank @Size(max = 200) String organisationEn,
			@Size(max = 200) String arabicName, @Size(max = 200) String englishName, @Size(max = 200) String arabicJobTitle,
			@Size(max = 200) String englishJobTitle, @NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 1024) String password) {

		static SetupForm empty() {
			return new SetupForm("", "", "", "", "", "", "", "");
		}
	}

	@GetMapping("/setup")
	String page(Model model) {
		requirePending();
		model.addAttribute("form", SetupForm.empty());
		model.addAttribute("errors", List.of());
		return "accounts/setup";
	}

	@PostMapping("/setup")
	String setUp(@Valid @ModelAttribute("form") SetupForm form, BindingResult binding, Model model, Locale locale,
			HttpServletRequest request) {
		requirePending();
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(binding));
			return "accounts/setup";
		}
		try {
			Profile owner = new Profile(form.arabicName(), form.englishName(), form.arabicJobTitle(), form.englishJobTitle());
			if (!owner.named()) {
				throw Inputs.invalid("arabicName", "Give your name in Arabic or in English.");
			}
			setup.setUp(new Enrolment.NewOrganisation(form.organisationAr().strip(), form.organisationEn().strip(),
					"en".equals(locale.getLanguage()) ? "en" : "ar", owner, form.email().strip(), form.password()),
					new Actor(null, null, form.email().strip(), request.getRemoteAddr()));
		}
		catch (KatibException ex) {
			model.addAttribute("errors", FormErrors.ofProfile(ex));
			return "accounts/setup";
		}
		return "redirect:/signin?ready";
	}

	private void requirePending() {
		if (!firstRun.pending()) {
			throw KatibException.notFound("The setup page");
		}
	}
}
