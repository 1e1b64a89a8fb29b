package dev.katib.accounts.signin;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Colleagues;
import dev.katib.platform.Moments;
import dev.katib.platform.Pages;

/** Gives every page the reader's clock: their organisation's time zone (Riyadh before sign-in), their language. */
@ControllerAdvice(annotations = Pages.class)
class MomentsAdvice {

	private final Callers callers;
	private final Colleagues colleagues;

	MomentsAdvice(Callers callers, Colleagues colleagues) {
		this.callers = callers;
		this.colleagues = colleagues;
	}

	@ModelAttribute("moments")
	Moments moments(Locale locale) {
		return new Moments(callers.find().map(caller -> colleagues.timeZone(caller.tenantId()))
			.orElse(Colleagues.DEFAULT_ZONE), locale);
	}
}
