package dev.katib.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies built from the OpenAPI document's schemas: a plausible value for every property, and the
 * places (JSON paths) where a hostile value can be put instead.
 */
final class Schemas {

	static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonNode components;

	Schemas(JsonNode document) {
		this.components = document.path("components").path("schemas");
	}

	/** A field of a body: where it is and what its schema says. */
	record Field(List<Object> path, JsonNode schema) {

		/** The path as the API names fields: {@code a.b[2].c}. */
		String name() {
			StringBuilder name = new StringBuilder();
			for (Object step : path) {
				if (step instanceof Integer index) {
					name.append('[').append(index).append(']');
				}
				else {
					name.append(name.isEmpty() ? "" : ".").append(step);
				}
			}
			return name.toString();
		}
	}

	JsonNode resolve(JsonNode schema) {
		JsonNode at = schema;
		for (int i = 0; i < 10 && at.has("$ref"); i++) {
			at = components.path(at.get("$ref").asString().replace("#/components/schemas/", ""));
		}
		if (at.has("allOf") && at.get("allOf").size() == 1) {
			return resolve(at.get("allOf").get(0));
		}
		return at;
	}

	String type(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		if (resolved.has("type")) {
			return resolved.get("type").asString();
		}
		return resolved.has("properties") ? "object" : "string";
	}

	/** A plausible value for the schema, nested objects and arrays filled in. */
	JsonNode sample(JsonNode schema, int depth) {
		JsonNode resolved = resolve(schema);
		if (resolved.has("enum")) {
			return resolved.get("enum").get(0);
		}
		return switch (type(resolved)) {
			case "integer" -> NODES.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
			case "number" -> NODES.numberNode(1.5);
			case "boolean" -> NODES.booleanNode(false);
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth < 4) {
					array.add(sample(resolved.path("items"), depth + 1));
				}
				yield array;
			}
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (depth < 4) {
					for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
						object.set(property.getKey(), sample(property.getValue(), depth + 1));
					}
				}
				yield object;
			}
			default -> NODES.stringNode(switch (resolved.path("format").asString("")) {
				case "uuid" -> UUID.randomUUID().toString();
				case "date" -> "2026-11-01";
				case "date-time" -> "2026-11-01T08:00:00Z";
				case "email" -> "someone@example.org";
				case "binary", "byte" -> "aGVsbG8=";
				default -> "x";
			});
		};
	}

	/** Every field of a sample body, nested ones included, with its schema. */
	List<Field> fields(JsonNode schema, JsonNode sample) {
		List<Field> fields = new ArrayList<>();
		collect(resolve(schema), sample, new ArrayList<>(), fields, 0);
		return fields;
	}

	private void collect(JsonNode schema, JsonNode value, List<Object> path, List<Field> fields, int depth) {
		if (depth > 4) {
			return;
		}
		if (!path.isEmpty()) {
			fields.add(new Field(List.copyOf(path), schema));
		}
		if (value instanceof ObjectNode object) {
			for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext();) {
				String name = names.next();
				path.add(name);
				collect(resolve(schema.path("properties").path(name)), object.get(name), path, fields, depth + 1);
				path.removeLast();
			}
		}
		else if (value instanceof ArrayNode array && !array.isEmpty()) {
			path.add(0);
			collect(resolve(schema.path("items")), array.get(0), path, fields, depth + 1);
			path.removeLast();
		}
	}

	/** A copy of the body with the value at the field's path replaced. */
	static JsonNode with(JsonNode body, List<Object> path, JsonNode value) {
		JsonNode copy = body.deepCopy();
		if (path.isEmpty()) {
			return value;
		}
		JsonNode parent = copy;
		for (Object step : path.subList(0, path.size() - 1)) {
			parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
		}
		Object last = path.getLast();
		if (parent instanceof ObjectNode object) {
			object.set((String) last, value);
		}
		else if (parent instanceof ArrayNode array) {
			array.set((Integer) last, value);
		}
		return copy;
	}

	static JsonNode text(String value) {
		return NODES.stringNode(value);
	}

	static JsonNode number(double value) {
		return value == Math.rint(value) ? NODES.numberNode((long) value) : NODES.numberNode(value);
	}

	static JsonNode bool(boolean value) {
		return NODES.booleanNode(value);
	}
}
