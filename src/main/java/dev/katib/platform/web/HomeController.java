package dev.katib.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Katib is and where to go next. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
