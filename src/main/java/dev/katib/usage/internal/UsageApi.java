package dev.katib.usage.internal;

import dev.katib.accounts.RequiresPermission;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Permission;
import dev.katib.usage.QuotaLimits;
import dev.katib.usage.Quotas;

/**
 * The caller's organisation's usage this month, and its quotas. Members see the organisation's
 * totals and their own share; owners and admins see every member's and set the quotas.
 */
@RestController
@RequestMapping("/api/v1/usage")
class UsageApi {

	private final Callers callers;
	private final AccessPolicy access;
	private final UsageReports reports;
	private final Quotas quotas;
	private final Colleagues colleagues;

	UsageApi(Callers callers, AccessPolicy access, UsageReports reports, Quotas quotas,
			Colleagues colleagues) {
		this.callers = callers;
		this.access = access;
		this.reports = reports;
		this.quotas = quotas;
		this.colleagues = colleagues;
	}

	@Operation(summary = "Show this month's usage and quotas")
	@GetMapping
	MonthlyUsage thisMonth() {
		Caller caller = callers.current();
		MonthlyUsage usage = reports.thisMonth(caller.tenantId(), colleagues.timeZone(caller.tenantId()));
		if (access.allows(Permission.MANAGE_ORGANISATION)) {
			return usage;
		}
		return new MonthlyUsage(usage.periodStart(), usage.resetsAt(), usage.currency(), usage.totals(), usage.exempt(),
				usage.byUser().stream().filter(row -> Objects.equals(row.userId(), caller.userId())).toList(),
				usage.byModel(), usage.organisationQuota(),
				usage.userQuotas().stream().filter(row -> row.userId().equals(caller.userId())).toList());
	}

	@Operation(summary = "Set the organisation's monthly quotas")
	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PutMapping("/quotas/organisation")
	QuotaRequest limitOrganisation(@Valid @RequestBody QuotaRequest request) {
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
		quotas.limitOrganisation(caller.tenantId(), request.limits());
		return request;
	}

	@Operation(summary = "Set a member's monthly quotas")
	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PutMapping("/quotas/members/{userId}")
	QuotaRequest limitMember(@PathVariable UUID userId, @Valid @RequestBody QuotaRequest request) {
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
		if (colleagues.find(caller.tenantId(), userId).isEmpty()) {
			throw dev.katib.platform.KatibException.notFound("The member");
		}
		quotas.limitMember(caller.tenantId(), userId, request.limits());
		return request;
	}

	/**
	 * Monthly limits; leave one out (or {@code null}) for no limit.
	 *
	 * @param letters letters per month
	 * @param tokens model tokens per month
	 */
	record QuotaRequest(@Nullable @PositiveOrZero @Max(1_000_000_000L) Long letters,
			@Nullable @PositiveOrZero @Max(1_000_000_000_000L) Long tokens) {

		QuotaLimits limits() {
			return new QuotaLimits(letters, tokens);
		}
	}
}
