package dev.katib.review;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;

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

	SignerProfiles.Profile profile(Caller caller) {
		Permission.SIGN_LETTERS.require(caller);
		return profiles.profile(caller.tenantId(), caller.userId());
	}

	@Transactional
	ProfileImage upload(Caller caller, SignerProfiles.Kind kind, byte[] bytes) {
		Permission.SIGN_LETTERS.require(caller);
		ProfileImage image = ProfileImage.of(bytes);
		profiles.store(caller.tenantId(), caller.userId(), kind, image);
		events.publishEvent(new WorkflowAudit.SignerImageChanged(caller.tenantId(), caller.userId(), caller.name(),
				caller.sourceAddress(), kind.name().toLowerCase(java.util.Locale.ROOT), false, clock.instant()));
		return image;
	}

	/** @return whether there was an image to remove */
	@Transactional
	boolean remove(Caller caller, SignerProfiles.Kind kind) {
		Permission.SIGN_LETTERS.require(caller);
		boolean removed = profiles.remove(caller.tenantId(), caller.userId(), kind);
		if (removed) {
			events.publishEvent(new WorkflowAudit.SignerImageChanged(caller.tenantId(), caller.userId(), caller.name(),
					caller.sourceAddress(), kind.name().toLowerCase(java.util.Locale.ROOT), true, clock.instant()));
		}
		return removed;
	}
}
