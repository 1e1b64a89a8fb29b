package dev.katib.connectors.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.DataSource;
import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;

/** How the API shows sources and tables: never a credential, only its last four characters. */
final class SourceViews {

	private SourceViews() {
	}

	record SourceView(UUID id, SourceKind kind, String name, @Nullable String credential, Instant createdAt,
			@Nullable String shareWith) {

		static SourceView of(DataSource source) {
			return new SourceView(source.id(), source.kind(), source.name(), source.credentialHint(), source.createdAt(),
					source.shareWith());
		}
	}

	/**
	 * A field: its type's name, the Java type of its values, whether Katib may write it, and the type's options.
	 */
	record FieldView(String id, String name, String type, String javaType, boolean writable,
			Map<String, Object> options) {

		static FieldView of(TableField field) {
			return new FieldView(field.id(), field.name(), field.type().name(), field.type().javaType().getSimpleName(),
					field.type().writable(), options(field.type()));
		}

		private static Map<String, Object> options(FieldType type) {
			return switch (type) {
				case FieldType.Decimal d -> Map.of("precision", d.precision());
				case FieldType.Currency c -> Map.of("precision", c.precision(), "symbol", c.symbol());
				case FieldType.Percent p -> Map.of("precision", p.precision());
				case FieldType.SingleSelect s -> Map.of("choices", s.choices());
				case FieldType.MultipleSelect s -> Map.of("choices", s.choices());
				case FieldType.LinkedRecords l -> Map.of("linkedTableId", l.linkedTableId());
				default -> Map.of();
			};
		}
	}

	record TableView(String id, String name, String primaryFieldId, List<FieldView> fields, List<String> views) {

		static TableView of(SourceTable table) {
			return new TableView(table.id(), table.name(), table.primaryFieldId(),
					table.fields().stream().map(FieldView::of).toList(), table.views());
		}
	}
}
