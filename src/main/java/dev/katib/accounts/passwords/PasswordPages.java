package dev.katib.accounts.passwords;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.members.FormErrors;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The forgotten-password pages: ask for a link, then set a new password from it. */
@Pages
class PasswordPages {

	private final PasswordReset reset;

	PasswordPages(PasswordReset reset) {
		this.reset = reset;
	}

	@GetMapping("/password/forgotten")
	String forgotten() {
		return "accounts/password-forgotten";
	}

	@PostMapping("/password/forgotten")
	String requestLink(@RequestParam(defaultValue = "") String email) {
		reset.request(email.strip());
		return "redirect:/password/forgotten?sent";
	}

	@GetMapping("/password/reset")
	String resetPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", reset.valid(token));
		model.addAttribute("errors", List.of());
		return "accounts/password-reset";
	}

	@PostMapping("/password/reset")
	String resetPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			Model model, HttpServletRequest request) {
		try {
			reset.complete(token, password, request.getRemoteAddr());
			return "redirect:/signin?reset";
		}
		catch (KatibException ex) {
			model.addAttribute("token", token);
			model.addAttribute("valid", reset.valid(token));
			model.addAttribute("errors", FormErrors.of(ex));
			return "accounts/password-reset";
		}
	}
}
