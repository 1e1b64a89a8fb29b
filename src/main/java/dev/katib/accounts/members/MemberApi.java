package dev.katib.accounts.members;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Profile;
import dev.katib.accounts.Role;

/**
 * Members of the caller's organisation, and invitations to join it. The requests carry no tenant,
 * owner or status field: the tenant is always the caller's, and what a role may do is decided by
 * {@link MemberAdministration}.
 */
@RestController
class MemberApi {

	private final MemberAdministration administration;

	MemberApi(MemberAdministration administration) {
		this.administration = administration;
	}

	record CreateMember(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
			@NotEmpty @Size(max = 6) Set<@NotNull Role> roles, @NotBlank @Size(max = 1024) String password,
			@Nullable Boolean mustChangePassword) {
	}

	record ChangeMember(@Nullable @Size(min = 1, max = 6) Set<@NotNull Role> roles, @Nullable Boolean disabled,
			@Nullable Boolean unlock) {
	}

	record Invite(@NotBlank @Email @Size(max = 254) String email, @NotEmpty @Size(max = 6) Set<@NotNull Role> roles) {
	}

	record AcceptInvitation(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 1024) String password) {
	}

	record MemberResponse(UUID id, String email, String name, String language, MemberStatus status, List<Role> roles,
			boolean mustChangePassword, boolean locked, Profile profile) {

		static MemberResponse of(MemberAdministration.MemberView view) {
			Member member = view.member();
			return new MemberResponse(member.id(), member.email(), member.name(), member.language(), member.status(),
					member.roles().stream().sorted().toList(), member.mustChangePassword(), view.locked(),
					member.profile());
		}
	}

	/** A member's names and job titles, in Arabic and English; absent or blank ones are cleared. */
	record ProfileRequest(@Nullable String arabicName, @Nullable String englishName, @Nullable String arabicJobTitle,
			@Nullable String englishJobTitle) {

		Profile profile() {
			return new Profile(arabicName, englishName, arabicJobTitle, englishJobTitle);
		}
	}

	@Operation(summary = "Set a member's names and job titles in Arabic and English")
	@RequiresPermission(Permission.MANAGE_MEMBERS)
	@PutMapping("/api/v1/members/{id}/profile")
	MemberResponse changeProfile(@PathVariable UUID id, @RequestBody ProfileRequest request) {
		return MemberResponse.of(administration.changeProfile(id, request.profile()));
	}

	@Operation(summary = "List the organisation's members")
	@RequiresPermission(Permission.VIEW_MEMBERS)
	@GetMapping("/api/v1/members")
	List<MemberResponse> list() {
		return administration.list().stream().map(MemberResponse::of).toList();
	}

	@Operation(summary = "Show a member")
	@RequiresPermission(Permission.VIEW_MEMBERS)
	@GetMapping("/api/v1/members/{id}")
	MemberResponse find(@PathVariable UUID id) {
		return MemberResponse.of(administration.find(id));
	}

	@Operation(summary = "Add a member with a password")
	@RequiresPermission(Permission.MANAGE_MEMBERS)
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/members")
	ResponseEntity<MemberResponse> create(@Valid @RequestBody CreateMember request) {
		Member member = administration.create(request.email().strip(), request.name().strip(), request.roles(),
				request.password(), request.mustChangePassword() == null || request.mustChangePassword());
		return ResponseEntity.created(URI.create("/api/v1/members/" + member.id()))
			.body(MemberResponse.of(new MemberAdministration.MemberView(member, false)));
	}

	@Operation(summary = "Change a member's name, roles or status")
	@RequiresPermission(Permission.MANAGE_MEMBERS)
	@PatchMapping("/api/v1/members/{id}")
	MemberResponse change(@PathVariable UUID id, @Valid @RequestBody ChangeMember request) {
		return MemberResponse.of(administration.change(id, new MemberAdministration.MemberChange(request.roles(),
				request.disabled(), Boolean.TRUE.equals(request.unlock()))));
	}

	@Operation(summary = "Invite a member by e-mail")
	@RequiresPermission(Permission.MANAGE_MEMBERS)
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/invitations")
	ResponseEntity<MemberResponse> invite(@Valid @RequestBody Invite request, Locale locale) {
		Member member = administration.invite(request.email().strip(), request.roles(), locale);
		return ResponseEntity.created(URI.create("/api/v1/members/" + member.id()))
			.body(MemberResponse.of(new MemberAdministration.MemberView(member, false)));
	}

	@Operation(summary = "Accept an invitation and choose a password")
	@SecurityRequirements
	@PostMapping("/api/v1/invitations/accept")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void accept(@Valid @RequestBody AcceptInvitation request, HttpServletRequest http) {
		administration.accept(request.token(), request.name().strip(), request.password(), http.getRemoteAddr());
	}
}
