package dev.katib.review;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.platform.KatibException;

/** The caller's own notifications about letters. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

	static final int LIMIT = 100;

	record Inbox(List<Notifications.Notification> items, int unread) {
	}

	record Marked(int marked) {
	}

	private final Notifications notifications;
	private final AccessPolicy access;

	NotificationApi(Notifications notifications, AccessPolicy access) {
		this.notifications = notifications;
		this.access = access;
	}

	@GetMapping
	Inbox inbox() {
		Caller caller = access.require(Permission.READ_LETTERS);
		return new Inbox(notifications.latest(caller.tenantId(), caller.userId(), LIMIT),
				notifications.unread(caller.tenantId(), caller.userId()));
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable UUID id) {
		Caller caller = access.require(Permission.READ_LETTERS);
		if (!notifications.markRead(caller.tenantId(), caller.userId(), id)) {
			throw KatibException.notFound("The notification");
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read")
	Marked markAllRead() {
		Caller caller = access.require(Permission.READ_LETTERS);
		return new Marked(notifications.markAllRead(caller.tenantId(), caller.userId()));
	}
}
