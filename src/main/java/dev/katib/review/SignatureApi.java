package dev.katib.review;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.platform.KatibException;

/**
 * The caller's signature and stamp images: {@code PUT} the PNG or JPEG bytes as the body, {@code GET} them back,
 * {@code DELETE} them.
 */
@RequiresPermission(Permission.SIGN_LETTERS)
@RestController
@RequestMapping("/api/v1/me")
class SignatureApi {

	/** What was stored. */
	record Stored(String image, String contentType, int size) {
	}

	private final SignerImages images;
	private final Callers callers;

	SignatureApi(SignerImages images, Callers callers) {
		this.images = images;
		this.callers = callers;
	}

	@Operation(summary = "Upload the caller's signature or stamp image (PNG or JPEG)")
	@PutMapping(path = "/{image:signature|stamp}", consumes = { MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE })
	Stored upload(@PathVariable String image, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
			@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@RequestBody byte[] body) {
		ProfileImage stored = images.upload(callers.current(), kind(image), body);
		return new Stored(image, stored.contentType(), stored.bytes().length);
	}

	@Operation(summary = "Download the caller's signature or stamp image")
	@ApiResponse(responseCode = "200", description = "The image, as uploaded", content = { @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/{image:signature|stamp}")
	ResponseEntity<byte[]> image(@PathVariable String image) {
		return answer(images.profile(callers.current()).image(kind(image)), image);
	}

	/** The image as answered to its owner, who alone sees it. */
	static ResponseEntity<byte[]> answer(@Nullable ProfileImage found, String image) {
		if (found == null) {
			throw KatibException.notFound("The " + image + " image");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "private, no-store")
			.body(found.bytes());
	}

	@Operation(summary = "Remove the caller's signature or stamp image")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{image:signature|stamp}")
	ResponseEntity<Void> remove(@PathVariable String image) {
		if (!images.remove(callers.current(), kind(image))) {
			throw KatibException.notFound("The " + image + " image");
		}
		return ResponseEntity.noContent().build();
	}

	static SignerProfiles.Kind kind(String image) {
		return "stamp".equals(image) ? SignerProfiles.Kind.STAMP : SignerProfiles.Kind.SIGNATURE;
	}
}
