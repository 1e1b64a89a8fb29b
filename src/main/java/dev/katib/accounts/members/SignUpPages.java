package dev.katib.accounts.members;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.AccountEvent.Actor;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The self-service sign-up page; it exists only when {@code KATIB_SIGNUP_ENABLED=true}. */
@Pages
class SignUpPages {

	private final SignUp signUp;

	SignUpPages(SignUp signUp) {
		this.signUp = signUp;
	}

	@GetMapping("/signup")
	String page(Model model) {
		requireEnabled();
		model.addAttribute("errors", List.of());
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			Locale locale, Model model, HttpServletRequest request) {
		requireEnabled();
		List<String> errors = organisation.isBlank() || organisation.length() > 200 ? List.of("form.error.organisation")
				: name.isBlank() || name.length() > 200 ? List.of("form.error.name")
						: email.isBlank() || email.length() > 254 || !email.contains("@") ? List.of("form.error.email")
								: List.of();
		if (errors.isEmpty()) {
			try {
				String language = "en".equals(locale.getLanguage()) ? "en" : "ar";
				signUp.signUp(new Enrolment.NewOrganisation(organisation.strip(), organisation.strip(), language,
						name.strip(), email.strip(), password), new Actor(null, null, email.strip(), request.getRemoteAddr()));
				return "redirect:/signin?ready";
			}
			catch (KatibException ex) {
				errors = FormErrors.of(ex);
			}
		}
		model.addAttribute("errors", errors);
		return "accounts/signup";
	}

	private void requireEnabled() {
		if (!signUp.enabled()) {
			throw KatibException.notFound("Sign-up");
		}
	}
}
