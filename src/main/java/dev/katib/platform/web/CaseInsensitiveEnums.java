package dev.katib.platform.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Converts query parameters, path variables and form fields to enum values whatever their letter
 * case ({@code outcome=success} is {@code SUCCESS}), as JSON bodies are. An unknown value fails the
 * conversion, which is answered with the values the parameter takes.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class CaseInsensitiveEnums implements ConverterFactory<String, Enum> {

	@Override
	public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
		Class<?> type = targetType;
		while (type != null && !type.isEnum()) {
			type = type.getSuperclass();
		}
		Class<?> enumType = type == null ? targetType : type;
		return source -> (T) convert(enumType, source);
	}

	private static @Nullable Object convert(Class<?> type, String source) {
		String value = source.strip();
		if (value.isEmpty()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> ((Enum<?>) constant).name().equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No " + type.getSimpleName() + " is called " + value));
	}
}
