package dev.katib.assistant.internal;

import java.util.List;

/** Tools of one kind (data, analysis, letters, archive), which the catalogue offers in this order. */
interface ToolGroup {

	List<AssistantTool<?>> tools();
}
