package dev.katib.automation.flows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.platform.outbound.OutboundAddressPolicy;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Checks the settings of one step for its type; see {@link DefinitionRules}. */
@Component
class StepRules {

	private final OutboundAddressPolicy addresses;

	StepRules(OutboundAddressPolicy addresses) {
		this.addresses = addresses;
	}

	Step checked(Caller caller, Step step, String at, Trigger trigger, @Nullable Set<String> fields,
			Set<String> categories) {
		StepType type = step.type();
		return switch (type) {
			case DRAFT -> {
				requireTable(at, trigger, "draft");
				String category = Inputs.required(step.category(), at + ".category", 1, 80);
				if (!categories.contains(category)) {
					throw Inputs.invalid(at + ".category", "The organisation has no category \"" + category + "\".");
				}
				String language = step.language() == null ? "ar" : step.language();
				if (!language.equals("ar") && !language.equals("en")) {
					throw Inputs.invalid(at + ".language", "language is \"ar\" or \"en\".");
				}
				String template = Inputs.required(step.template(), at + ".template", 10, 4000);
				knownFields(at + ".template", MergeText.fields(template), fields);
				yield new Step(step.id(), type, category, language, template, null, null, null, null, null, null, null,
						null, step.next());
			}
			case WAIT -> {
				String until = step.until() == null ? "approved" : step.until();
				if (!until.equals("approved") && !until.equals("signed")) {
					throw Inputs.invalid(at + ".until", "until is \"approved\" or \"signed\".");
				}
				yield new Step(step.id(), type, null, null, null, until, null, null, null, null, null, null, null,
						step.next());
			}
			case DELIVER -> {
				String channel = step.channel() == null ? "" : step.channel();
				if (!channel.equals("email") && !channel.equals("whatsapp")) {
					throw Inputs.invalid(at + ".channel", "channel is \"email\" or \"whatsapp\".");
				}
				String recipient = Inputs.required(step.recipient(), at + ".recipient", 3, 300);
				knownFields(at + ".recipient", MergeText.fields(recipient), fields);
				yield new Step(step.id(), type, null, null, null, null, channel, recipient, null, null, null, null, null,
						step.next());
			}
			case UPDATE_RECORD -> {
				requireTable(at, trigger, "update_record");
				Map<String, String> values = step.fields() == null ? Map.of() : step.fields();
				if (values.isEmpty() || values.size() > DefinitionRules.MAX_UPDATED_FIELDS) {
					throw Inputs.invalid(at + ".fields", "An update writes between 1 and "
							+ DefinitionRules.MAX_UPDATED_FIELDS + " fields.");
				}
				Map<String, String> kept = new LinkedHashMap<>();
				values.forEach((name, value) -> {
					if (fields != null && !fields.contains(name)) {
						throw new KatibException(ProblemType.VALIDATION_FAILED, "The table has no field named \"" + name
								+ "\".", Map.of("field", at + ".fields." + name, "unknownFields", List.of(name)));
					}
					String text = value == null ? "" : value;
					if (text.length() > 1000) {
						throw Inputs.invalid(at + ".fields." + name, "A value has at most 1000 characters.");
					}
					knownFields(at + ".fields." + name, MergeText.fields(text), fields);
					kept.put(name, text);
				});
				yield new Step(step.id(), type, null, null, null, null, null, null, kept, null, null, null, null,
						step.next());
			}
			case WEBHOOK -> {
				String url = Inputs.required(step.url(), at + ".url", 8, 2000);
				String problem = addresses.formProblem(url);
				if (problem != null) {
					throw Inputs.invalid(at + ".url", problem);
				}
				yield new Step(step.id(), type, null, null, null, null, null, null, null, url, null, null, null,
						step.next());
			}
			case CONDITION -> new Step(step.id(), type, null, null, null, null, null, null, null, null,
					step.conditions(), step.then(), step.otherwise(), step.next());
			case SUBMIT, ARCHIVE -> Step.of(step.id(), type).withNext(step.next());
		};
	}

	private static void requireTable(String at, Trigger trigger, String what) {
		if (!trigger.hasTable()) {
			throw Inputs.invalid(at + ".type", "A " + what + " step needs a table: give the trigger's sourceId and "
					+ "tableId.");
		}
	}

	/** Merge fields name the table's fields (when there is a table) or what the steps give. */
	private static void knownFields(String at, Set<String> names, @Nullable Set<String> fields) {
		if (fields == null) {
			return;
		}
		List<String> unknown = names.stream()
			.filter(name -> !fields.contains(name) && !MergeText.STEP_FIELDS.contains(name))
			.toList();
		if (!unknown.isEmpty()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The table has no field named \""
					+ unknown.getFirst() + "\".", Map.of("field", at, "unknownFields", unknown));
		}
	}
}
