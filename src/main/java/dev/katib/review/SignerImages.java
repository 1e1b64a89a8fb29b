package dev.katib.review;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Lets those who sign keep their own signature and stamp images. */
@Service
class SignerImages {

	private final SignerProfiles profiles;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SignerImages(SignerProfiles profiles, ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the member may sign letters, and so keep signature images. */
	static boolean signs(Caller caller) {
		return Permission.SIGN_LETTERS.isGrantedTo(caller.roles()) || caller.hasAnyRole(Role.OWNER, Role.ADMIN);
	}

	SignerProfiles.Profile profile(Caller caller) {
		require(caller);
		return profiles.profile(caller.tenantId(), caller.userId());
	}

	@Transactional
	ProfileImage upload(Caller caller, SignerProfiles.Kind kind, byte[] bytes) {
		require(caller);
		ProfileImage image = ProfileImage.of(bytes);
		profiles.store(caller.tenantId(), caller.userId(), kind, image);
		events.publishEvent(new WorkflowAudit.SignerImageChanged(caller.tenantId(), caller.userId(), caller.name(),
				caller.sourceAddress(), kind.name().toLowerCase(java.util.Locale.ROOT), false, clock.instant()));
		return image;
	}

	/** @return whether there was an image to remove */
	@Transactional
	boolean remove(Caller caller, SignerProfiles.Kind kind) {
		require(caller);
		boolean removed = profiles.remove(caller.tenantId(), caller.userId(), kind);
		if (removed) {
			events.publishEvent(new WorkflowAudit.SignerImageChanged(caller.tenantId(), caller.userId(), caller.name(),
					caller.sourceAddress(), kind.name().toLowerCase(java.util.Locale.ROOT), true, clock.instant()));
		}
		return removed;
	}

	private static void require(Caller caller) {
		if (!signs(caller)) {
			throw new KatibException(ProblemType.FORBIDDEN, "Only those who sign letters keep signature images.",
					java.util.Map.of("permission", Permission.SIGN_LETTERS.name()));
		}
	}
}
