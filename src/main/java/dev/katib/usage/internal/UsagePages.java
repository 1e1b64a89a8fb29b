package dev.katib.usage.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Colleagues.Colleague;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Role;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;
import dev.katib.usage.QuotaLimits;
import dev.katib.usage.Quotas;

/**
 * The organisation's consumption this month and its quotas, for owners and admins: what the model cost,
 * who used it, and the monthly limits of the organisation and of each member.
 */
@Pages
class UsagePages {

	private static final long MAX_LETTERS = 1_000_000_000L;
	private static final long MAX_TOKENS = 1_000_000_000_000L;

	private final AccessPolicy access;
	private final UsageReports reports;
	private final Quotas quotas;
	private final Colleagues colleagues;

	UsagePages(AccessPolicy access, UsageReports reports, Quotas quotas, Colleagues colleagues) {
		this.access = access;
		this.reports = reports;
		this.quotas = quotas;
		this.colleagues = colleagues;
	}

	/** A member's row: their name, what they used this month and their limits. */
	record MemberRow(UUID id, String name, long calls, long tokens, BigDecimal cost,
			MonthlyUsage.@Nullable QuotaStanding quota) {
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/admin/usage")
	String page(Model model) {
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
		MonthlyUsage usage = reports.thisMonth(caller.tenantId(), colleagues.timeZone(caller.tenantId()));
		Map<UUID, MemberRow> rows = new LinkedHashMap<>();
		List<Colleague> members = colleagues.withAnyRole(caller.tenantId(), EnumSet.allOf(Role.class));
		for (Colleague member : members) {
			rows.put(member.id(), new MemberRow(member.id(), member.name(), 0, 0, BigDecimal.ZERO, null));
		}
		for (MonthlyUsage.UserTotals used : usage.byUser()) {
			if (used.userId() != null && rows.containsKey(used.userId())) {
				MemberRow row = rows.get(used.userId());
				rows.put(row.id(), new MemberRow(row.id(), row.name(), used.calls(),
						used.inputTokens() + used.outputTokens(), used.cost(), row.quota()));
			}
		}
		for (MonthlyUsage.UserQuota quota : usage.userQuotas()) {
			MemberRow row = rows.get(quota.userId());
			if (row != null) {
				rows.put(row.id(), new MemberRow(row.id(), row.name(), row.calls(), row.tokens(), row.cost(), quota.quota()));
			}
		}
		model.addAttribute("usage", usage);
		model.addAttribute("members", List.copyOf(rows.values()));
		return "usage/usage";
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/admin/usage/quotas/organisation")
	String limitOrganisation(@RequestParam(required = false) @Nullable String letters,
			@RequestParam(required = false) @Nullable String tokens, RedirectAttributes redirect) {
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
		return limited(redirect, () -> quotas.limitOrganisation(caller.tenantId(), limits(letters, tokens)));
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/admin/usage/quotas/members/{id}")
	String limitMember(@PathVariable UUID id, @RequestParam(required = false) @Nullable String letters,
			@RequestParam(required = false) @Nullable String tokens, RedirectAttributes redirect) {
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
		if (colleagues.find(caller.tenantId(), id).isEmpty()) {
			throw KatibException.notFound("The member");
		}
		return limited(redirect, () -> quotas.limitMember(caller.tenantId(), id, limits(letters, tokens)));
	}

	private static String limited(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("usageStatus", "saved");
		}
		catch (KatibException ex) {
			redirect.addFlashAttribute("usageError", ex.properties().getOrDefault("field", "letters"));
		}
		return "redirect:/admin/usage";
	}

	private static QuotaLimits limits(@Nullable String letters, @Nullable String tokens) {
		return new QuotaLimits(number(letters, "letters", MAX_LETTERS), number(tokens, "tokens", MAX_TOKENS));
	}

	/** A limit as typed: empty for none, else a whole number from 0 up to the most allowed. */
	private static @Nullable Long number(@Nullable String typed, String field, long max) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			long value = Long.parseLong(typed.strip().replace(",", "").replace("٬", ""));
			if (value < 0 || value > max) {
				throw KatibException.invalidField(field, field + " is between 0 and " + max + ".");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw KatibException.invalidField(field, field + " is a whole number.");
		}
	}
}
