package dev.katib.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.katib.ai.Attribution;
import dev.katib.ai.ModelRequest;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.SeedCategories;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.SignatureBlock;
import dev.katib.letters.drafting.DraftingRequest;

class DraftingInputsTests {

	@Test
	void carriesTheDraftingRequestThroughAModelRequestUnchanged() {
		var request = new DraftingRequest(SeedCategories.ALL.getFirst(), Language.ARABIC,
				new Recipient("نورة العتيبي", Honorific.DOCTOR, "مديرة التدريب", Gender.FEMALE, "جامعة الملك سعود"),
				"نرجو التكرم بتزويدنا بجدول الدورات التدريبية", true, "جمعية تعنى بتدريب الشباب", null, null,
				new SignatureBlock(null, "خالد المالكي"));
		ModelRequest<JsonNode> model = ModelRequest.builder("letters.draft", JsonNode.class)
			.system("rules")
			.user("material")
			.schema("{}")
			.data(DraftingInputs.LABEL, DraftingInputs.write(request))
			.attribution(Attribution.of(UUID.randomUUID(), UUID.randomUUID()))
			.build();

		assertThat(DraftingInputs.read(model)).contains(request);
	}

	@Test
	void writesStreamedTextSoThatAClientDroppingOneSpaceAfterDataReadsItUnchanged() {
		assertThat(DraftStreams.text(" \"a\": 1,\r\n  \"b\"")).isEqualTo("  \"a\": 1,\n   \"b\"");
	}
}
