package dev.katib.archive.web;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import dev.katib.archive.VerificationCodes;
import dev.katib.archive.VerifiedDocument;
import dev.katib.platform.Pages;

/**
 * The public page, reached from the QR code on a letter, where anyone can see that the letter was
 * issued and check that a copy they hold is the genuine document, byte for byte.
 */
@Pages
class VerificationPage {

	private final VerificationCodes codes;

	VerificationPage(VerificationCodes codes) {
		this.codes = codes;
	}

	@GetMapping("/verify")
	String form(@RequestParam(required = false) String code) {
		return code == null || code.isBlank() ? "archive/verify-form"
				: "redirect:/verify/" + org.springframework.web.util.UriUtils.encodePathSegment(code.strip(), "UTF-8");
	}

	@GetMapping("/verify/{code}")
	ModelAndView show(@PathVariable String code) {
		return page(codes.lookUp(code), null);
	}

	@PostMapping("/verify/{code}")
	ModelAndView check(@PathVariable String code, @RequestParam("file") MultipartFile file) throws IOException {
		Optional<VerifiedDocument> document = codes.lookUp(code);
		Boolean matches = document.isPresent() && !file.isEmpty() ? codes.matches(document.get(), file.getBytes())
				: null;
		return page(document, file.isEmpty() ? null : matches);
	}

	private static ModelAndView page(Optional<VerifiedDocument> document, Boolean matches) {
		if (document.isEmpty()) {
			return new ModelAndView("archive/verify-unknown", HttpStatus.NOT_FOUND);
		}
		ModelAndView page = new ModelAndView("archive/verify");
		page.addObject("document", document.get());
		page.addObject("matches", matches);
		return page;
	}

}
