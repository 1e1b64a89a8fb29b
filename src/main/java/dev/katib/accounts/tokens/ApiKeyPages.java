package dev.katib.accounts.tokens;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.Role;
import dev.katib.accounts.members.FormErrors;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The API keys page: create (the secret is shown once), list and revoke. */
@Pages
@RequiresPermission(Permission.MANAGE_API_KEYS)
class ApiKeyPages {

	private final ApiKeyAdministration administration;
	private final Clock clock;

	ApiKeyPages(ApiKeyAdministration administration, Clock clock) {
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/api-keys")
	String page(Model model) {
		return show(List.of(), null, model);
	}

	@PostMapping("/api-keys")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> scopes,
			@RequestParam(defaultValue = "90") int days, Model model) {
		if (name.isBlank() || name.length() > 100) {
			return show(List.of("form.error.name"), null, model);
		}
		try {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			if (scopes != null) {
				scopes.forEach(scope -> roles.add(Role.valueOf(scope)));
			}
			var created = administration.create(name.strip(), roles,
					clock.instant().plus(Duration.ofDays(Math.clamp(days, 1, 366))));
			return show(List.of(), created, model);
		}
		catch (IllegalArgumentException ex) {
			return show(List.of("form.error.scopes"), null, model);
		}
		catch (KatibException ex) {
			return show(FormErrors.of(ex), null, model);
		}
	}

	@PostMapping("/api-keys/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		administration.revoke(id);
		return "redirect:/api-keys?revoked";
	}

	private String show(List<String> errors, ApiKeys.@Nullable CreatedApiKey created, Model model) {
		model.addAttribute("keys", administration.list());
		model.addAttribute("now", clock.instant());
		model.addAttribute("created", created);
		model.addAttribute("scopes", List.of(Role.ADMIN, Role.WRITER, Role.REVIEWER, Role.SIGNER, Role.VIEWER));
		model.addAttribute("errors", errors);
		return "accounts/api-keys";
	}
}
