package dev.katib.accounts.members;

import dev.katib.accounts.RequiresPermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The members page: who belongs to the organisation, invitations, roles, disabling and unlocking. */
@Pages
@RequiresPermission(Permission.VIEW_MEMBERS)
class MemberPages {

	private final MemberAdministration administration;
	private final AccessPolicy access;

	MemberPages(MemberAdministration administration, AccessPolicy access) {
		this.administration = administration;
		this.access = access;
	}

	@GetMapping("/members")
	String page(Model model) {
		return show(List.of(), model);
	}

	@RequiresPermission(Permission.MANAGE_MEMBERS)
	@PostMapping("/members/invite")
	String invite(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) List<String> roles,
			Locale locale, Model model) {
		if (email.isBlank() || email.length() > 254 || !email.contains("@")) {
			return show(List.of("form.error.email"), model);
		}
		return act(() -> administration.invite(email.strip(), roles(roles), locale), "invited", model);
	}

	@RequiresPermission(Permission.MANAGE_MEMBERS)
	@PostMapping("/members/create")
	String create(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "false") boolean mustChangePassword, Model model) {
		if (email.isBlank() || email.length() > 254 || !email.contains("@")) {
			return show(List.of("form.error.email"), model);
		}
		if (name.isBlank() || name.length() > 200) {
			return show(List.of("form.error.name"), model);
		}
		return act(() -> administration.create(email.strip(), name.strip(), roles(roles), password, mustChangePassword),
				"created", model);
	}

	@RequiresPermission(Permission.MANAGE_MEMBERS)
	@PostMapping("/members/{id}")
	String change(@PathVariable UUID id, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) List<String> roles, Model model) {
		MemberAdministration.MemberChange change = switch (action) {
			case "disable" -> new MemberAdministration.MemberChange(null, true, false);
			case "enable" -> new MemberAdministration.MemberChange(null, false, false);
			case "unlock" -> new MemberAdministration.MemberChange(null, null, true);
			default -> new MemberAdministration.MemberChange(roles(roles), null, false);
		};
		return act(() -> administration.change(id, change), "saved", model);
	}

	private String act(Runnable action, String outcome, Model model) {
		try {
			action.run();
			return "redirect:/members?" + outcome;
		}
		catch (KatibException ex) {
			if (ex.type().status().value() == 401 || ex.type().status().value() == 404) {
				throw ex;
			}
			return show(FormErrors.of(ex), model);
		}
	}

	private String show(List<String> errors, Model model) {
		model.addAttribute("members", administration.list());
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("manage", access.allows(Permission.MANAGE_MEMBERS));
		model.addAttribute("manageOwners", access.allows(Permission.MANAGE_OWNERS));
		model.addAttribute("errors", errors);
		return "accounts/members";
	}

	private static Set<Role> roles(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new KatibException(dev.katib.platform.ProblemType.VALIDATION_FAILED, "Choose at least one role.",
					java.util.Map.of("errors", List.of(java.util.Map.of("field", "roles", "message", "empty"))));
		}
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				throw new KatibException(dev.katib.platform.ProblemType.VALIDATION_FAILED, "Unknown role.",
						java.util.Map.of("errors", List.of(java.util.Map.of("field", "roles", "message", "unknown"))));
			}
		}
		return roles;
	}
}
