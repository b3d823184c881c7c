package org.marsad.search;

import java.time.Instant;
import java.util.UUID;

/**
 * A record as the index sees it. One document per record and kind: indexing a document
 * again replaces the earlier one.
 */
public sealed interface SearchDocument permits ReportDocument, EventDocument, PersonDocument {

	/** The record's id, unique within its kind. */
	UUID id();

	/** The kind of record. */
	RecordKind kind();

	/**
	 * When the record last changed, as its feed reports it ({@link SearchFeed.State}):
	 * the index compares the latest change it holds with the database's at start.
	 */
	Instant changedAt();

}
