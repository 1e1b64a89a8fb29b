package dev.katib.review;

import java.util.UUID;

import dev.katib.platform.Pages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Permission;

/**
 * A page that exists only in tests: it includes the workflow panel the way the letter page does, so that the
 * fragment can be tested on its own.
 */
@Pages
class WorkflowPanelProbe {

	private final WorkflowPanels panels;
	private final AccessPolicy access;

	WorkflowPanelProbe(WorkflowPanels panels, AccessPolicy access) {
		this.panels = panels;
		this.access = access;
	}

	@GetMapping("/test/workflow-panel/{id}")
	String panel(@PathVariable UUID id, Model model) {
		model.addAttribute("workflowPanel", panels.panel(access.require(Permission.READ_LETTERS), id));
		return "test/workflow-panel";
	}
}
