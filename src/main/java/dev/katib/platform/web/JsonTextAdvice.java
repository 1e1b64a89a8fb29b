package dev.katib.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import dev.katib.platform.KatibException;
import dev.katib.platform.StorableText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Refuses a JSON body holding a NUL character or an unpaired surrogate in any name or string, at any
 * depth and whatever type the endpoint binds it to, with {@code validation-failed} naming the field
 * ({@code recipient.name}, {@code lines[2]}). It runs when the body is read, after the handler's
 * permission check, so that a caller without the permission learns nothing about the body. A body
 * that is not JSON at all is left to the converter, which answers {@code malformed-request}.
 */
@ControllerAdvice
class JsonTextAdvice extends RequestBodyAdviceAdapter {

	private static final JsonFactory FACTORY = new JsonFactory();

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return converterType.getSimpleName().contains("Json");
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body = input.getBody().readAllBytes();
		Finding finding = scan(body);
		if (finding != null) {
			throw KatibException.invalidField(finding.field().isEmpty() ? "body" : finding.field(), finding.flaw());
		}
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return input.getHeaders();
			}
		};
	}

	private record Finding(String field, String flaw) {
	}

	/** The first name or string that cannot be stored, with its path; none when there is none. */
	static @Nullable Finding scan(byte[] body) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
					String flaw = StorableText.flaw(token == JsonToken.PROPERTY_NAME ? parser.currentName()
							: parser.getString());
					if (flaw != null) {
						return new Finding(path(parser.streamReadContext()), flaw);
					}
				}
			}
		}
		catch (JacksonException ex) {
			// not JSON, or too deep: the converter refuses it with its own answer
		}
		return null;
	}

	/** The field's path in the form Bean Validation names fields: {@code a.b[2].c}. */
	private static String path(TokenStreamContext context) {
		StringBuilder path = new StringBuilder();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
			}
			else if (at.currentName() != null) {
				String separator = path.isEmpty() || path.charAt(0) == '[' ? "" : ".";
				path.insert(0, StorableText.printable(at.currentName()) + separator);
			}
		}
		return path.toString();
	}
}
