package dev.katib.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.delivery.internal.SignerDigests;

/** The caller's signature digest setting: how often they are told of the letters waiting for their signature. */
@RequiresPermission(Permission.SIGN_LETTERS)
@RestController
@RequestMapping("/api/v1/me/digest")
@Tag(name = "Delivery")
class DigestApi {

	/**
	 * The setting.
	 *
	 * @param frequency {@code IMMEDIATE} (a digest once approvals settle, at most every 15 minutes), {@code DAILY}
	 *        or {@code OFF}
	 * @param phone a phone number in international form for WhatsApp digests, or none for e-mail only
	 */
	record DigestRequest(@Nullable @Size(max = 10) String frequency, @Nullable @Size(max = 20) String phone) {
	}

	private final SignerDigests digests;
	private final Callers callers;

	DigestApi(SignerDigests digests, Callers callers) {
		this.digests = digests;
		this.callers = callers;
	}

	@Operation(summary = "Show the caller's signature digest setting")
	@GetMapping
	SignerDigests.Setting get() {
		return digests.setting(callers.current());
	}

	@Operation(summary = "Choose how often the caller is told of the letters waiting for their signature",
			description = "One digest per signer lists every letter approved since the last; by e-mail, and by "
					+ "WhatsApp too when a phone is given and the organisation has a WhatsApp account.")
	@PutMapping
	SignerDigests.Setting save(@Valid @RequestBody DigestRequest body) {
		return digests.save(callers.current(), body.frequency(), body.phone());
	}
}
