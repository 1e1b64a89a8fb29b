package dev.katib.platform.web;

import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Switches the language on {@code ?lang=ar|en}; any other value is ignored. */
class LanguageSwitch extends LocaleChangeInterceptor {

	static final Set<String> LANGUAGES = Set.of("ar", "en");

	LanguageSwitch() {
		setParamName("lang");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws ServletException {
		String lang = request.getParameter(getParamName());
		return lang == null || !LANGUAGES.contains(lang) || super.preHandle(request, response, handler);
	}
}
