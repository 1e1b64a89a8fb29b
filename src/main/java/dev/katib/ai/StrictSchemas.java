package dev.katib.ai;

import java.util.Arrays;


import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import org.jspecify.annotations.Nullable;

/**
 * The JSON schema of a Java record, as models' strict structured output and strict tool calling want it: every property
 * required, a {@link Nullable} one as a union with {@code null}, no other property allowed, an enum by the values
 * its {@link JsonValue} gives, descriptions from {@link JsonPropertyDescription}. Generated once per type.
 */
public final class StrictSchemas {

	private static final SchemaGenerator GENERATOR = generator();

	private static final Cache<Class<?>, String> SCHEMAS = Caffeine.newBuilder().maximumSize(256).build();

	private StrictSchemas() {
	}

	public static String of(Class<?> type) {
		return SCHEMAS.get(type, answer -> GENERATOR.generateSchema(answer).toPrettyString());
	}

	private static SchemaGenerator generator() {
		var config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
			.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
			.without(Option.FLATTENED_ENUMS);
		config.forFields().withRequiredCheck(field -> true);
		config.forFields()
			.withNullableCheck(field -> field.getRawMember().getAnnotatedType().isAnnotationPresent(Nullable.class));
		config.forFields().withDescriptionResolver(field -> {
			JsonPropertyDescription description = field.getAnnotationConsideringFieldAndGetter(
					JsonPropertyDescription.class);
			return description == null ? null : description.value();
		});
		config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
			Class<?> erased = type.getErasedType();
			if (!erased.isEnum()) {
				return null;
			}
			var definition = context.getGeneratorConfig().createObjectNode().put("type", "string");
			var values = definition.putArray("enum");
			Arrays.stream(erased.getEnumConstants()).map(StrictSchemas::jsonValue).forEach(values::add);
			return new CustomDefinition(definition, CustomDefinition.DefinitionType.INLINE,
					CustomDefinition.AttributeInclusion.NO);
		});
		return new SchemaGenerator(config.build());
	}

	/** The enum constant as JSON writes it: by its {@link JsonValue} method, or its name. */
	private static String jsonValue(Object constant) {
		for (var method : constant.getClass().getMethods()) {
			if (method.isAnnotationPresent(JsonValue.class)) {
				// an arguments record's enum may be package-private, as Jackson reads it anyway
				method.trySetAccessible();
				try {
					return String.valueOf(method.invoke(constant));
				}
				catch (ReflectiveOperationException unreadable) {
					throw new IllegalStateException("Cannot read the JSON value of " + constant, unreadable);
				}
			}
		}
		return ((Enum<?>) constant).name();
	}

}
