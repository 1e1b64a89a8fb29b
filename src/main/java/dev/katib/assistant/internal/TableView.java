package dev.katib.assistant.internal;

import java.util.List;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;

/**
 * A table's schema as a model or an MCP client reads it: each field's type by its stable name, whether Katib may
 * write it, and the choices of a select field.
 */
record TableView(String id, String name, String primaryField, List<FieldView> fields, List<String> views) {

	record FieldView(String id, String name, String type, boolean writable, List<String> choices) {

		static FieldView of(TableField field) {
			List<String> choices = switch (field.type()) {
				case FieldType.SingleSelect select -> select.choices();
				case FieldType.MultipleSelect select -> select.choices();
				default -> List.of();
			};
			return new FieldView(field.id(), field.name(), field.type().name(), field.type().writable(), choices);
		}
	}

	static TableView of(SourceTable table) {
		return new TableView(table.id(), table.name(), table.primaryField().name(),
				table.fields().stream().map(FieldView::of).toList(), table.views());
	}
}
