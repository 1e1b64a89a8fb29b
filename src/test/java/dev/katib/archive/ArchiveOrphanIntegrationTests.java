package dev.katib.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.platform.Ids;
import dev.katib.support.IntegrationTest;

/** An upload that does not end up in the archive leaves no bytes behind in storage. */
class ArchiveOrphanIntegrationTests extends IntegrationTest {

	@Autowired
	Archive archive;

	@Autowired
	TransactionTemplate transactions;

	@Value("${katib.storage.directory}")
	Path storageDirectory;

	private final UUID tenant = Ids.newId();

	@Test
	void leavesNoFileInStorageWhenTheDatabaseRefusesTheRecord() throws IOException {
		StoreRequest refused = new StoreRequest(tenant, null, FileKind.INCOMING, "stamp.png", "image/png",
				SampleFiles.png(40, 20), null, null, "a title PostgreSQL cannot keep \u0000", null,
				Map.of(), null, null);

		assertThatThrownBy(() -> archive.store(refused)).isNotNull();

		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void leavesNoFileInStorageWhenTheCallersTransactionRollsBack() throws IOException {
		transactions.executeWithoutResult(status -> {
			archive.store(StoreRequest.upload(tenant, null, FileKind.INCOMING, "stamp.png", "image/png",
					SampleFiles.png(40, 20)));
			status.setRollbackOnly();
		});

		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void keepsTheFileOfAStoreThatCommits() throws IOException {
		StoredFile kept = archive.store(StoreRequest.upload(tenant, null, FileKind.INCOMING, "stamp.png", "image/png",
				SampleFiles.png(40, 20)));

		assertThat(storedFiles()).extracting(path -> path.getFileName().toString()).containsExactly(kept.id().toString());
	}

	private java.util.List<Path> storedFiles() throws IOException {
		Path folder = storageDirectory.resolve(tenant.toString());
		if (!Files.exists(folder)) {
			return java.util.List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}
}
