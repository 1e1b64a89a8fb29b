package dev.katib.accounts.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.katib.accounts.Callers;

/** The sign-in page; the form posts to Spring Security's sign-in filter. */
@Controller
class SignInController {

	private final Callers callers;

	SignInController(Callers callers) {
		this.callers = callers;
	}

	@GetMapping("/signin")
	String page() {
		return callers.find().isPresent() ? "redirect:/" : "accounts/signin";
	}
}
