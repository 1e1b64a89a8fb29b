package dev.katib.review;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;
import dev.katib.platform.KatibException;

/** The caller's own notifications about letters. */
@RequiresPermission(Permission.READ_LETTERS)
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

	static final int LIMIT = 100;

	record Inbox(List<Notifications.Notification> items, int unread) {
	}

	record Marked(int marked) {
	}

	private final Notifications notifications;
	private final Callers callers;

	NotificationApi(Notifications notifications, Callers callers) {
		this.notifications = notifications;
		this.callers = callers;
	}

	@Operation(summary = "List the caller's notifications")
	@GetMapping
	Inbox inbox() {
		Caller caller = callers.current();
		return new Inbox(notifications.latest(caller, LIMIT), notifications.unread(caller));
	}

	@Operation(summary = "Mark a notification read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable UUID id) {
		if (!notifications.markRead(callers.current(), id)) {
			throw KatibException.notFound("The notification");
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Mark all the caller's notifications read")
	@PostMapping("/read")
	Marked markAllRead() {
		return new Marked(notifications.markAllRead(callers.current()));
	}
}
