package dev.katib.review;

import java.util.UUID;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.platform.Pages;

/** The reader's notifications in the browser. */
@RequiresPermission(Permission.READ_LETTERS)
@Pages
class NotificationPages {

	private final Notifications notifications;
	private final Callers callers;

	NotificationPages(Notifications notifications, Callers callers) {
		this.notifications = notifications;
		this.callers = callers;
	}

	@GetMapping("/notifications")
	String notifications(Model model) {
		model.addAttribute("notifications", notifications.latest(callers.current(), NotificationApi.LIMIT));
		return "review/notifications";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable UUID id) {
		notifications.markRead(callers.current(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String markAllRead() {
		notifications.markAllRead(callers.current());
		return "redirect:/notifications";
	}
}
