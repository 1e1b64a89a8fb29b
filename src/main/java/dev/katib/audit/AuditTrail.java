package dev.katib.audit;

import java.io.IOException;
import java.io.Writer;

import dev.katib.accounts.Caller;

/**
 * Reads an organisation's audit trail: lists and exports its entries and verifies its hash chain.
 * Only owners and admins may; every method sees the caller's organisation only.
 * <p>
 * Entries are written by the module itself, from every {@link dev.katib.platform.AuditableEvent}
 * published anywhere, in the transaction that published it.
 */
public interface AuditTrail {

	/** Largest number of entries on one page. */
	int MAX_PAGE_SIZE = 200;

	/**
	 * The page of entries matching the filter, newest first.
	 *
	 * @throws dev.katib.platform.KatibException {@code forbidden} unless the caller is an owner or admin,
	 * {@code validation-failed} for a page or size out of range or a filter that ends before it starts
	 */
	AuditPage search(Caller caller, AuditFilter filter, int page, int size);

	/** The distinct actions recorded in the caller's organisation, for choosing a filter. */
	java.util.List<String> actions(Caller caller);

	/** Checks every entry of the caller's organisation's chain and reports the first break. */
	ChainVerification verify(Caller caller);

	/**
	 * The entries matching the filter, oldest first, as CSV (RFC 4180, with a byte order mark so that
	 * spreadsheets read Arabic), every cell a spreadsheet could run as a formula defused. The caller
	 * and filter are checked here, before anything is written.
	 */
	CsvExport exportCsv(Caller caller, AuditFilter filter);

	/** An export that has been allowed, ready to be written. */
	@FunctionalInterface
	interface CsvExport {

		void writeTo(Writer out) throws IOException;
	}
}
