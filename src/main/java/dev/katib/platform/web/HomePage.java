package dev.katib.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.katib.platform.FirstStep;
import dev.katib.platform.FirstSteps;
import dev.katib.platform.Pages;

/** The home page: what Katib is, and for a signed-in member the first steps still open to them. */
@Pages
class HomePage {

	private final List<FirstSteps> steps;

	HomePage(List<FirstSteps> steps) {
		this.steps = steps;
	}

	@GetMapping("/")
	String home(Model model) {
		List<FirstStep> mine = steps.stream()
			.map(FirstSteps::step)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingInt(FirstStep::order))
			.toList();
		model.addAttribute("steps", mine);
		model.addAttribute("stepsLeft", mine.stream().filter(step -> !step.done()).count());
		return "home";
	}
}
