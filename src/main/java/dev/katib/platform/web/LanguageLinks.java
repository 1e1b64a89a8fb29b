package dev.katib.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import dev.katib.platform.Pages;

/** The link to the same page in the other language, keeping what the page was asked for (a search, a page offset). */
@ControllerAdvice(annotations = Pages.class)
class LanguageLinks {

	@ModelAttribute("languageLink")
	String languageLink(HttpServletRequest request, Locale locale) {
		String other = "ar".equals(locale.getLanguage()) ? "en" : "ar";
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
	}
}
