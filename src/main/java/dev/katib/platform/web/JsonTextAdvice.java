package dev.katib.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import dev.katib.platform.StorableJson;

/**
 * Refuses a JSON body holding a NUL character or an unpaired surrogate in any name or string, at any
 * depth and whatever type the endpoint binds it to, with {@code validation-failed} naming the field
 * ({@code recipient.name}, {@code lines[2]}). It runs when the body is read, after the handler's
 * permission check, so that a caller without the permission learns nothing about the body. A body
 * that is not JSON at all is left to the converter, which answers {@code malformed-request}.
 */
@ControllerAdvice
class JsonTextAdvice extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return converterType.getSimpleName().contains("Json");
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body = input.getBody().readAllBytes();
		StorableJson.require(body);
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
}
