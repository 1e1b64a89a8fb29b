package dev.katib.review;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The signer's own signature and stamp images in the browser. */
@RequiresPermission(Permission.SIGN_LETTERS)
@Pages
class SignaturePages {

	private final SignerImages images;
	private final Callers callers;
	private final MessageSource messages;

	SignaturePages(SignerImages images, Callers callers, MessageSource messages) {
		this.images = images;
		this.callers = callers;
		this.messages = messages;
	}

	@GetMapping("/signature")
	String signature(Model model) {
		var profile = images.profile(callers.current());
		model.addAttribute("hasSignature", profile.signature() != null);
		model.addAttribute("hasStamp", profile.stamp() != null);
		return "review/signature";
	}

	@GetMapping("/signature/{image:signature|stamp}")
	ResponseEntity<byte[]> signatureImage(@PathVariable String image) {
		return SignatureApi.answer(images.profile(callers.current()).image(SignatureApi.kind(image)), image);
	}

	@PostMapping("/signature/{image:signature|stamp}")
	String upload(@PathVariable String image, @RequestParam("file") MultipartFile file, RedirectAttributes flash,
			Locale locale) throws IOException {
		Caller caller = callers.current();
		try {
			images.upload(caller, SignatureApi.kind(image), file.getBytes());
			flash.addFlashAttribute("notice", messages.getMessage("signature.saved", null, locale));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 403) {
				throw refused;
			}
			flash.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/signature";
	}

	@PostMapping("/signature/{image:signature|stamp}/delete")
	String remove(@PathVariable String image, RedirectAttributes flash, Locale locale) {
		images.remove(callers.current(), SignatureApi.kind(image));
		flash.addFlashAttribute("notice", messages.getMessage("signature.removed", null, locale));
		return "redirect:/signature";
	}
}
