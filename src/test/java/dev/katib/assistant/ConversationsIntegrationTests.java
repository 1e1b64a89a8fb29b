package dev.katib.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.ai.ChatMessage;
import dev.katib.assistant.internal.Conversation;
import dev.katib.assistant.internal.Conversations;
import dev.katib.assistant.internal.TurnOutcome;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.FakeModelServer.ScriptedCall;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts;

/** Each member's conversations with the assistant, kept with their turns and seen by their owner only. */
class ConversationsIntegrationTests extends IntegrationTest {

	@Autowired
	Conversations conversations;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	private TestAccounts.TestOrganisation organisation;
	private Caller writer;

	@BeforeEach
	void writer() {
		organisation = accounts.organisation();
		writer = ToolCallsFixture.caller(accounts.member(organisation, Role.WRITER));
	}

	@Test
	void keepsEachTurnAndAWriteWaitingForConfirmationAcrossRequests() throws Exception {
		UUID source = sources.connect(ToolCallsFixture.caller(organisation.owner()), new NewSource.BuiltIn("جهات")).id();
		String tableId = sources.createTable(ToolCallsFixture.caller(organisation.owner()), source, "Contacts",
				List.of(new NewField("Name", "text"))).id();
		TableRef table = new TableRef(source, TableRef.BUILT_IN_BASE, tableId);
		String create = "{\"table\":{\"sourceId\":\"" + source + "\",\"baseId\":\"local\",\"tableId\":\"" + tableId
				+ "\"},\"records\":[{\"fields\":[{\"field\":\"Name\",\"value\":\"هدى\"}]}]}";
		Conversation started = conversations.start(writer, "جهات الاتصال");
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.toolCalls("", new ScriptedCall("c1", "create_records", create)), Reply.answer("أضفت هدى."));

			TurnOutcome waiting = conversations.ask(writer, started.id(), "أضف هدى", text -> {
			});
			assertThat(waiting).isInstanceOf(TurnOutcome.NeedsConfirmation.class);
			assertThat(records.listAll(writer, table, RecordQuery.firstPage(10), 10)).isEmpty();
			assertThatThrownBy(() -> conversations.ask(writer, started.id(), "وماذا بعد؟", text -> {
			})).isInstanceOfSatisfying(KatibException.class,
					refused -> assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT));
			TurnOutcome done = conversations.confirm(writer, started.id(), true, text -> {
			});

			assertThat(done).isInstanceOf(TurnOutcome.Answered.class);
			assertThat(records.listAll(writer, table, RecordQuery.firstPage(10), 10)).hasSize(1);
		}
		List<ChatMessage> kept = conversations.messages(writer, started.id());
		assertThat(kept).hasSize(4);
		assertThat(kept.get(0)).isEqualTo(new ChatMessage.User("أضف هدى"));
		assertThat(((ChatMessage.Assistant) kept.get(1)).toolCalls().getFirst().arguments()).isEqualTo(create);
		assertThat(((ChatMessage.ToolResult) kept.get(2)).content()).startsWith("<data label=\"tool-result.create_records\">");
		assertThat(((ChatMessage.Assistant) kept.get(3)).text()).isEqualTo("أضفت هدى.");
		assertThat(conversations.list(writer)).extracting(Conversation::messages).containsExactly(4);
	}

	@Test
	void ownersListRenameAndDeleteTheirConversationsWhichNoOtherMemberSees() {
		Conversation mine = conversations.start(writer, "الدعوات");
		Caller admin = ToolCallsFixture.caller(accounts.member(organisation, Role.ADMIN));

		Conversation renamed = conversations.rename(writer, mine.id(), "دعوات معرض العلوم");

		assertThat(renamed.title()).isEqualTo("دعوات معرض العلوم");
		assertThat(conversations.list(writer)).extracting(Conversation::id).containsExactly(mine.id());
		assertThat(conversations.list(admin)).isEmpty();
		for (var attempt : List.<Runnable>of(() -> conversations.messages(admin, mine.id()),
				() -> conversations.rename(admin, mine.id(), "x"), () -> conversations.delete(admin, mine.id()))) {
			assertThatThrownBy(attempt::run).isInstanceOfSatisfying(KatibException.class,
					refused -> assertThat(refused.type()).isEqualTo(ProblemType.NOT_FOUND));
		}
		conversations.delete(writer, mine.id());
		assertThat(conversations.list(writer)).isEmpty();
		assertThatThrownBy(() -> conversations.start(writer, " ")).isInstanceOf(KatibException.class);
	}
}
