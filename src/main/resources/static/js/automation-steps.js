// The automation form's step editor: reads the steps' JSON from the textarea, hides it, and shows one fieldset per
// step. Every change writes the JSON back into the textarea, so the form posts what it posted without script.
// Text reaches the page through textContent and value only.
(function () {
	"use strict";
	var area = document.getElementById("automation-steps");
	var editor = document.getElementById("step-editor");
	if (!area || !editor) {
		return;
	}
	var steps;
	try {
		steps = JSON.parse(area.value || "[]");
	} catch (unreadable) {
		return; // the textarea stays, with its text, for the person to mend
	}
	if (!Array.isArray(steps)) {
		return;
	}
	var label = function (key) { return editor.dataset[key] || key; };
	var types = document.getElementById("step-types");
	var operators = document.getElementById("step-operators");
	var list = document.createElement("div");
	list.className = "step-list";
	editor.appendChild(list);
	area.hidden = true;
	var hint = document.getElementById("automation-steps-hint");
	if (hint) {
		hint.hidden = true;
	}
	editor.hidden = false;

	function save() {
		area.value = JSON.stringify(steps, null, 2);
	}

	function set(step, key, value) {
		if (value === "") {
			delete step[key];
		} else {
			step[key] = value;
		}
		save();
	}

	function field(box, step, key, name, index, kind) {
		var id = "step-" + index + "-" + key;
		var caption = document.createElement("label");
		caption.htmlFor = id;
		caption.textContent = label(name);
		var input;
		if (kind === "textarea") {
			input = document.createElement("textarea");
			input.rows = 4;
		} else if (Array.isArray(kind)) {
			input = document.createElement("select");
			kind.forEach(function (option) {
				var o = document.createElement("option");
				o.value = option;
				o.textContent = editor.dataset["option" + option.charAt(0).toUpperCase() + option.slice(1)] || option;
				input.appendChild(o);
			});
		} else {
			input = document.createElement("input");
			input.type = kind || "text";
		}
		input.id = id;
		input.dir = kind === "url" ? "ltr" : "auto";
		input.value = step[key] == null ? "" : step[key];
		if (Array.isArray(kind) && step[key] == null) {
			step[key] = input.value;
		}
		input.addEventListener("input", function () { set(step, key, input.value.trim() === "" ? "" : input.value); });
		box.appendChild(caption);
		box.appendChild(input);
		return input;
	}

	function pairs(box, step, index) {
		var id = "step-" + index + "-fields";
		var caption = document.createElement("label");
		caption.htmlFor = id;
		caption.textContent = label("fields");
		var input = document.createElement("textarea");
		input.id = id;
		input.rows = 3;
		input.dir = "auto";
		input.value = Object.keys(step.fields || {}).map(function (k) { return k + " = " + step.fields[k]; }).join("\n");
		input.addEventListener("input", function () {
			var values = {};
			input.value.split("\n").forEach(function (line) {
				var at = line.indexOf("=");
				if (at > 0) {
					values[line.slice(0, at).trim()] = line.slice(at + 1).trim();
				}
			});
			step.fields = values;
			save();
		});
		box.appendChild(caption);
		box.appendChild(input);
	}

	var MAX_CONDITIONS = 10;

	// Every condition of a condition step, each in a fieldset of its own that can be moved or removed, then the two
	// branch targets.
	/** A labelled select cloned from a template, showing the value; {@code changed} gets each new choice. */
	function choice(box, template, id, caption, value, changed) {
		var text = document.createElement("label");
		text.htmlFor = id;
		text.textContent = caption;
		var select = template.content.firstElementChild.cloneNode(true);
		select.id = id;
		select.value = value;
		select.addEventListener("change", function () { changed(select.value); });
		box.appendChild(text);
		box.appendChild(select);
		return select;
	}

	function conditions(box, step, index) {
		if (!Array.isArray(step.conditions) || step.conditions.length === 0) {
			step.conditions = [{ field: "", operator: "equals" }];
		}
		var all = step.conditions;
		all.forEach(function (one, at) {
			var group = document.createElement("fieldset");
			group.className = "step-condition";
			var legend = document.createElement("legend");
			legend.textContent = label("condition") + " " + (at + 1);
			group.appendChild(legend);
			var key = index + "-c" + at;
			field(group, one, "field", "conditionField", key, "text");
			one.operator = choice(group, operators, "step-" + key + "-operator", label("conditionOperator"),
				one.operator || "equals", function (value) { one.operator = value; save(); }).value;
			field(group, one, "value", "conditionValue", key, "text");
			var controls = document.createElement("div");
			controls.className = "step-controls";
			if (at > 0) {
				controls.appendChild(button(label("conditionUp"), function () { moveIn(all, at, -1); }));
			}
			if (at < all.length - 1) {
				controls.appendChild(button(label("conditionDown"), function () { moveIn(all, at, 1); }));
			}
			if (all.length > 1) {
				controls.appendChild(button(label("conditionRemove"), function () {
					if (window.confirm(label("conditionConfirm"))) {
						all.splice(at, 1);
						render();
					}
				}));
			}
			group.appendChild(controls);
			box.appendChild(group);
		});
		if (all.length < MAX_CONDITIONS) {
			var more = button(label("conditionAdd"), function () {
				all.push({ field: "", operator: "equals" });
				render();
				var added = document.getElementById("step-" + index + "-c" + (all.length - 1) + "-field");
				if (added) {
					added.focus();
				}
			});
			more.id = "step-" + index + "-add-condition";
			box.appendChild(more);
		}
		target(field(box, step, "then", "then", index, "text"));
		target(field(box, step, "otherwise", "otherwise", index, "text"));
	}

	// A jump's input suggests the names of the steps and "end".
	function target(input) {
		input.setAttribute("list", "step-targets");
		input.dir = "ltr";
		return input;
	}

	function targets() {
		var known = document.getElementById("step-targets");
		if (!known) {
			known = document.createElement("datalist");
			known.id = "step-targets";
			editor.appendChild(known);
		}
		known.textContent = "";
		steps.map(function (s) { return s.id; }).concat(["end"]).forEach(function (name) {
			if (name) {
				var o = document.createElement("option");
				o.value = name;
				known.appendChild(o);
			}
		});
	}

	function settings(box, step, index) {
		switch (step.type) {
			case "DRAFT":
				field(box, step, "category", "category", index, "text");
				field(box, step, "language", "language", index, ["ar", "en"]);
				field(box, step, "template", "template", index, "textarea");
				break;
			case "WAIT":
				field(box, step, "until", "until", index, ["approved", "signed"]);
				break;
			case "DELIVER":
				field(box, step, "channel", "channel", index, ["email", "whatsapp"]);
				field(box, step, "recipient", "recipient", index, "text");
				break;
			case "UPDATE_RECORD":
				pairs(box, step, index);
				break;
			case "WEBHOOK":
				field(box, step, "url", "url", index, "url");
				break;
			case "CONDITION":
				conditions(box, step, index);
				break;
			default:
				break;
		}
	}

	function button(text, action) {
		var b = document.createElement("button");
		b.type = "button";
		b.className = "secondary";
		b.textContent = text;
		b.addEventListener("click", action);
		return b;
	}

	function render() {
		list.textContent = "";
		steps.forEach(function (step, index) {
			var box = document.createElement("fieldset");
			box.className = "step";
			var legend = document.createElement("legend");
			legend.textContent = label("step") + " " + (index + 1);
			box.appendChild(legend);
			field(box, step, "id", "id", index, "text").addEventListener("change", targets);
			step.type = choice(box, types, "step-" + index + "-type", label("kind"), step.type || "DRAFT",
				function (value) {
					steps[index] = { id: step.id, type: value, next: step.next };
					save();
					render();
				}).value;
			settings(box, step, index);
			target(field(box, step, "next", "next", index, "text"));
			var controls = document.createElement("div");
			controls.className = "step-controls";
			if (index > 0) {
				controls.appendChild(button(label("up"), function () { move(index, -1); }));
			}
			if (index < steps.length - 1) {
				controls.appendChild(button(label("down"), function () { move(index, 1); }));
			}
			controls.appendChild(button(label("remove"), function () {
				if (window.confirm(label("confirm"))) {
					steps.splice(index, 1);
					save();
					render();
				}
			}));
			box.appendChild(controls);
			list.appendChild(box);
		});
		targets();
		save();
	}

	function moveIn(items, index, by) {
		var item = items[index];
		items.splice(index, 1);
		items.splice(index + by, 0, item);
		render();
	}

	function move(index, by) {
		moveIn(steps, index, by);
	}

	var add = button(label("add"), function () {
		var n = steps.length + 1;
		while (steps.some(function (s) { return s.id === "step" + n; })) {
			n++;
		}
		steps.push({ id: "step" + n, type: "DRAFT" });
		render();
		var inputs = list.lastElementChild.querySelectorAll("select");
		if (inputs.length) {
			inputs[0].focus();
		}
	});
	add.id = "step-add";
	editor.appendChild(add);
	render();
})();
