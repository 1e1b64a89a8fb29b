package dev.katib.review;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/**
 * Puts {@code workflowPanel} into the model of the letter page ({@code GET /letters/{id}}), so that the page
 * only has to include {@code review/workflow :: panel(${workflowPanel})}; and {@code workflowNavigation} into
 * every page, for the header.
 */
@ControllerAdvice(annotations = Pages.class)
class WorkflowPanelAdvice {

	private final Callers callers;
	private final WorkflowPanels panels;
	private final Notifications notifications;

	WorkflowPanelAdvice(Callers callers, WorkflowPanels panels, Notifications notifications) {
		this.callers = callers;
		this.panels = panels;
		this.notifications = notifications;
	}

	/** The header entries of the workflow for one request. */
	record Navigation(boolean reviewQueue, boolean signatureQueue, boolean signature, boolean settings, int unread) {
	}

	@ModelAttribute("workflowPanel")
	@Nullable WorkflowPanel panel(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || !request.getRequestURI().matches("/letters/[0-9a-fA-F-]{36}/?")) {
			return null;
		}
		var variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
			return null;
		}
		return callers.find()
			.filter(caller -> Permission.READ_LETTERS.isGrantedTo(caller.roles()))
			.map(caller -> {
				try {
					return panels.panel(caller, UUID.fromString(id));
				}
				catch (dev.katib.platform.KatibException notFound) {
					return null;
				}
			})
			.orElse(null);
	}

	@ModelAttribute("workflowNavigation")
	@Nullable Navigation navigation(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			return null;
		}
		return callers.find()
			.filter(caller -> Permission.READ_LETTERS.isGrantedTo(caller.roles()))
			.map(caller -> new Navigation(Permission.REVIEW_LETTERS.isGrantedTo(caller),
					Permission.SIGN_LETTERS.isGrantedTo(caller), Permission.SIGN_LETTERS.isGrantedTo(caller),
					Permission.MANAGE_ORGANISATION.isGrantedTo(caller.roles()),
					notifications.unread(caller)))
			.orElse(null);
	}
}
