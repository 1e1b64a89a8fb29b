package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowStatusTests {

	@Test
	void aRowCaughtDraftingByACrashIsDraftedAgainNotLost() {
		assertThat(RowStatus.DRAFTING.canMoveTo(RowStatus.DRAFTING)).isTrue();
		assertThat(RowStatus.DRAFTING.isFinished()).isFalse();
	}

	@Test
	void aDraftedRowIsNeverDraftedAgain() {
		assertThat(RowStatus.DRAFTED.canMoveTo(RowStatus.DRAFTING)).isFalse();
		assertThat(RowStatus.DRAFTED.canMoveTo(RowStatus.WAITING)).isFalse();
		assertThat(RowStatus.DRAFTED.canMoveTo(RowStatus.SUBMITTED)).isTrue();
	}

	@Test
	void onlyAFailedRowMayBeTriedAgain() {
		assertThat(RowStatus.FAILED.canMoveTo(RowStatus.WAITING)).isTrue();
		assertThat(RowStatus.SKIPPED.canMoveTo(RowStatus.WAITING)).isFalse();
		assertThat(RowStatus.SUBMITTED.canMoveTo(RowStatus.WAITING)).isFalse();
	}
}
