package dev.katib.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.platform.KatibException;
import dev.katib.support.IntegrationTest;

class RecipientsDirectoryIntegrationTests extends IntegrationTest {

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	RecipientsDirectory directory;

	private final UUID organisation = UUID.randomUUID();

	@Test
	void findsRecipientsHoweverTheArabicIsSpelled() {
		knowledge.addRecipient(organisation,
				new Recipient("أحمد بن علي", Honorific.SAADA, "مدير إدارة المشتريات", Gender.MALE, "وزارة الصحة"),
				"ahmad@example.org", "+966 11 123 4567");
		knowledge.addRecipient(organisation,
				new Recipient("سارة العتيبي", Honorific.DOCTOR, null, Gender.FEMALE, "جامعة الملك سعود"), null, null);
		knowledge.addRecipient(UUID.randomUUID(),
				new Recipient("أحمد الغامدي", Honorific.MISTER, null, Gender.MALE, null), null, null);

		assertThat(knowledge.searchRecipients(organisation, "احمد", 10)).extracting(e -> e.recipient().name())
			.containsExactly("أحمد بن علي");
		assertThat(knowledge.searchRecipients(organisation, "الصحه", 10)).extracting(e -> e.recipient().name())
			.containsExactly("أحمد بن علي");
		assertThat(knowledge.searchRecipients(organisation, "  ", 10)).hasSize(2);
		assertThat(knowledge.searchRecipients(organisation, "100%_", 10)).isEmpty();
		assertThat(knowledge.searchRecipients(organisation, "سعود", 10).getFirst().email()).isNull();
	}

	@Test
	void refusesAnInvalidEmailOrPhone() {
		Recipient recipient = new Recipient("Jane Doe", Honorific.MISTER, null, Gender.FEMALE, "Acme");

		assertThatThrownBy(() -> directory.add(organisation, recipient, "not an address", null))
			.isInstanceOf(KatibException.class)
			.hasMessageContaining("e-mail");
		assertThatThrownBy(() -> directory.add(organisation, recipient, null, "call me"))
			.isInstanceOf(KatibException.class);
		assertThat(directory.page(organisation, null, 0, 20).total()).isZero();
	}

	@Test
	void updatesAnEntryAndFindsItByItsNewName() {
		RecipientEntry added = directory.add(organisation,
				new Recipient("Omar", Honorific.ENGINEER, null, Gender.MALE, "Aramco"), null, null);

		directory.update(organisation, added.id(),
				new Recipient("Omar Al-Harbi", Honorific.ENGINEER, "Project manager", Gender.MALE, "Aramco"),
				"omar@example.org", null, added.version());

		assertThat(directory.search(organisation, "harbi", 5)).extracting(RecipientEntry::email)
			.containsExactly("omar@example.org");
		assertThatThrownBy(() -> directory.update(UUID.randomUUID(), added.id(),
				new Recipient("Someone", Honorific.MISTER, null, null, null), null, null, null))
			.isInstanceOf(KatibException.class);
	}

	@Test
	void aChangeMadeOnAStaleEntryIsRefusedAndKeepsTheOtherChange() {
		RecipientEntry added = directory.add(organisation,
				new Recipient("Huda", Honorific.DOCTOR, null, Gender.FEMALE, "KFUPM"), null, null);
		RecipientEntry first = directory.update(organisation, added.id(),
				new Recipient("Huda Al-Qahtani", Honorific.DOCTOR, null, Gender.FEMALE, "KFUPM"), null, null,
				added.version());

		assertThatThrownBy(() -> directory.update(organisation, added.id(),
				new Recipient("Huda Q.", Honorific.DOCTOR, null, Gender.FEMALE, "KFUPM"), null, null, added.version()))
			.isInstanceOfSatisfying(KatibException.class, conflict -> {
				assertThat(conflict.type().slug()).isEqualTo("conflict");
				assertThat(conflict.properties()).containsEntry("currentVersion", first.version());
			});
		assertThat(first.version()).isGreaterThan(added.version());
		assertThat(directory.search(organisation, "qahtani", 5)).extracting(e -> e.recipient().name())
			.containsExactly("Huda Al-Qahtani");
	}
}
