package dev.katib.accounts.signin;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Profile;
import dev.katib.accounts.members.FormErrors;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.passwords.PasswordChange;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The signed-in member's own page: name, language, password and open sessions. */
@Pages
class ProfilePages {

	private final Callers callers;
	private final Members members;
	private final BrowserSessions sessions;
	private final PasswordChange passwordChange;

	ProfilePages(Callers callers, Members members, BrowserSessions sessions, PasswordChange passwordChange) {
		this.callers = callers;
		this.members = members;
		this.sessions = sessions;
		this.passwordChange = passwordChange;
	}

	@GetMapping("/profile")
	String page(Model model, HttpServletRequest request) {
		return show(List.of(), model, request);
	}

	@PostMapping("/profile")
	String save(@RequestParam(required = false) @Nullable String arabicName,
			@RequestParam(required = false) @Nullable String englishName,
			@RequestParam(required = false) @Nullable String arabicJobTitle,
			@RequestParam(required = false) @Nullable String englishJobTitle,
			@RequestParam(defaultValue = "ar") String language, Model model, HttpServletRequest request) {
		if (!List.of("ar", "en").contains(language)) {
			return show(List.of("form.error.language"), model, request);
		}
		Profile profile;
		try {
			profile = new Profile(arabicName, englishName, arabicJobTitle, englishJobTitle);
		}
		catch (KatibException ex) {
			return show(FormErrors.ofProfile(ex), model, request);
		}
		if (!profile.named()) {
			return show(List.of("form.error.arabicName"), model, request);
		}
		var caller = callers.current();
		members.changeProfile(caller.tenantId(), caller.userId(), profile, language);
		return "redirect:/profile?saved&lang=" + language;
	}

	@PostMapping("/profile/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, HttpServletRequest request) {
		try {
			UUID session = sessionId(request);
			passwordChange.change(currentPassword, newPassword, session == null ? null : session.toString());
			return "redirect:/profile?password";
		}
		catch (KatibException ex) {
			return show(FormErrors.of(ex), model, request);
		}
	}

	@PostMapping("/profile/sessions/end-others")
	String endOtherSessions(HttpServletRequest request) {
		var caller = callers.current();
		sessions.endAllBut(caller.tenantId(), caller.userId(), sessionId(request));
		return "redirect:/profile?ended";
	}

	private String show(List<String> errors, Model model, HttpServletRequest request) {
		var caller = callers.current();
		model.addAttribute("member", members.find(caller.tenantId(), caller.userId()).orElseThrow());
		model.addAttribute("sessions", sessions.open(caller.tenantId(), caller.userId()));
		model.addAttribute("current", sessionId(request));
		model.addAttribute("errors", errors);
		return "accounts/profile";
	}

	private static @Nullable UUID sessionId(HttpServletRequest request) {
		return request.getAttribute(SessionMember.class.getName()) instanceof SessionMember member ? member.sessionId()
				: null;
	}
}
