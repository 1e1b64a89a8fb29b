package dev.katib.accounts.signin;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.katib.accounts.Callers;
import dev.katib.accounts.members.SignUp;
import dev.katib.platform.Pages;

/** The sign-in page; the form posts to Spring Security's sign-in filter. */
@Pages
class SignInPages {

	private final Callers callers;
	private final SignUp signUp;

	SignInPages(Callers callers, SignUp signUp) {
		this.callers = callers;
		this.signUp = signUp;
	}

	@GetMapping("/signin")
	String page(Model model) {
		model.addAttribute("signupEnabled", signUp.enabled());
		return callers.find().isPresent() ? "redirect:/" : "accounts/signin";
	}
}
