package dev.katib.accounts.members;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The page an invitation link opens: the invited person chooses their name and password. */
@Pages
class InvitationPages {

	private final MemberAdministration administration;

	InvitationPages(MemberAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/invitations/accept")
	String page(@RequestParam(defaultValue = "") String token, Model model) {
		return show(token, "", List.of(), model);
	}

	@PostMapping("/invitations/accept")
	String accept(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request) {
		if (name.isBlank() || name.length() > 200) {
			return show(token, name, List.of("form.error.name"), model);
		}
		try {
			administration.accept(token, name.strip(), password, request.getRemoteAddr());
			return "redirect:/signin?joined";
		}
		catch (KatibException ex) {
			return show(token, name, FormErrors.of(ex), model);
		}
	}

	private String show(String token, String name, List<String> errors, Model model) {
		var invited = administration.invitation(token);
		model.addAttribute("token", token);
		model.addAttribute("valid", invited.isPresent());
		model.addAttribute("email", invited.map(Member::email).orElse(""));
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return "accounts/invitation";
	}
}
