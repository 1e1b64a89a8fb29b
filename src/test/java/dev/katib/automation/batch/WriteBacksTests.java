package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WriteBacksTests {

	@Test
	void writesTwentyThreeRecordsInThreeRequestsOfAtMostTen() {
		List<Integer> updates = IntStream.rangeClosed(1, 23).boxed().toList();

		List<List<Integer>> requests = WriteBacks.inRequests(updates);

		assertThat(requests).extracting(List::size).containsExactly(10, 10, 3);
		assertThat(requests.stream().flatMap(List::stream)).containsExactlyElementsOf(updates);
	}

	@Test
	void sendsNoRequestForNothing() {
		assertThat(WriteBacks.inRequests(List.of())).isEmpty();
	}
}
