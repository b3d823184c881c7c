package org.marsad.search.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.marsad.search.CatalogueEntry;
import org.marsad.search.Confidentiality;
import org.marsad.search.EventDocument;
import org.marsad.search.PersonDocument;
import org.marsad.search.RecordKind;
import org.marsad.search.ReportDocument;
import org.marsad.search.SearchDocument;

/**
 * Turns each kind of record into the fields of {@link SearchFields}, before facet fields
 * are built into it.
 * <ul>
 * <li>Reports: text, title, language, channel, status, source; every reader.</li>
 * <li>Events: both descriptions, the names of their places (with ancestors) and actors,
 * type, verification status, place and actor ids, confidentiality.</li>
 * <li>Persons: every name in both scripts, sex, nationality, place ids,
 * confidentiality.</li>
 * </ul>
 */
final class Documents {

	private static final long DAY_MILLIS = 86_400_000L;

	private static final FieldType PROSE = proseType();

	private Documents() {
	}

	/**
	 * The term a record is replaced and deleted by.
	 * @param kind its kind
	 * @param id its id
	 * @return the term
	 */
	static Term key(RecordKind kind, Object id) {
		return new Term(SearchFields.KEY, kind.code() + ":" + id);
	}

	/**
	 * The fields of a record.
	 * @param record the record
	 * @return its document
	 */
	static Document of(SearchDocument record) {
		Document document = new Document();
		document.add(new StringField(SearchFields.KEY, key(record.kind(), record.id()).text(), Field.Store.NO));
		document.add(new StringField(SearchFields.ID, record.id().toString(), Field.Store.YES));
		keyword(document, SearchFields.KIND, record.kind().code());
		document.add(new NumericDocValuesField(SearchFields.CHANGED, record.changedAt().toEpochMilli()));
		if (record instanceof ReportDocument report) {
			report(document, report);
		}
		else if (record instanceof EventDocument event) {
			event(document, event);
		}
		else if (record instanceof PersonDocument person) {
			person(document, person);
		}
		return document;
	}

	private static void report(Document document, ReportDocument report) {
		access(document, Confidentiality.PUBLISHABLE, false);
		document.add(new Field(SearchFields.TEXT, report.text(), PROSE));
		document.add(new TextField(SearchFields.TEXT_NAMES, report.text(), Field.Store.NO));
		if (report.title() != null) {
			document.add(new TextField(SearchFields.TITLE, report.title(), Field.Store.YES));
		}
		keyword(document, SearchFields.LANGUAGE, report.language());
		keyword(document, SearchFields.CHANNEL, report.channel());
		keyword(document, SearchFields.STATUS, report.status());
		keyword(document, SearchFields.SOURCE, report.sourcePseudonym());
		long receivedAt = report.receivedAt().toEpochMilli();
		document.add(new LongRange(SearchFields.PERIOD, new long[] { receivedAt }, new long[] { receivedAt }));
		document.add(new NumericDocValuesField(SearchFields.WHEN, receivedAt));
		document.add(new StoredField(SearchFields.RECEIVED_AT, receivedAt));
	}

	private static void event(Document document, EventDocument event) {
		access(document, event.confidentiality(), true);
		prose(document, SearchFields.DESCRIPTION_AR, event.descriptionAr());
		prose(document, SearchFields.DESCRIPTION_EN, event.descriptionEn());
		keyword(document, SearchFields.TYPE, event.type());
		keyword(document, SearchFields.VERIFICATION, event.status());
		entries(document, SearchFields.PLACES, SearchFields.PLACE, event.places());
		placeLabel(document, event.places());
		entries(document, SearchFields.ACTORS, SearchFields.ACTOR, event.actors());
		long from = startOf(event.dateFrom());
		document.add(new LongRange(SearchFields.PERIOD, new long[] { from },
				new long[] { startOf(event.dateTo()) + DAY_MILLIS - 1 }));
		document.add(new NumericDocValuesField(SearchFields.WHEN, from));
		document.add(new StoredField(SearchFields.DATE_FROM, event.dateFrom().toString()));
		document.add(new StoredField(SearchFields.DATE_TO, event.dateTo().toString()));
	}

	private static void person(Document document, PersonDocument person) {
		access(document, person.confidentiality(), true);
		document.add(new TextField(SearchFields.TITLE, person.displayName(), Field.Store.YES));
		for (String name : person.names()) {
			document.add(new TextField(SearchFields.NAMES, name, Field.Store.NO));
		}
		for (String name : person.latinNames()) {
			document.add(new TextField(SearchFields.NAMES, name, Field.Store.NO));
		}
		keyword(document, SearchFields.SEX, person.sex());
		keyword(document, SearchFields.NATIONALITY, person.nationality());
		entries(document, SearchFields.PLACES, SearchFields.PLACE, person.places());
		placeLabel(document, person.places());
		document.add(new NumericDocValuesField(SearchFields.WHEN, person.updatedAt().toEpochMilli()));
	}

	private static void access(Document document, Confidentiality confidentiality, boolean faceted) {
		boolean internal = confidentiality != Confidentiality.PUBLISHABLE;
		document.add(new StringField(SearchFields.ACCESS,
				internal ? SearchFields.ACCESS_STAFF : SearchFields.ACCESS_ALL, Field.Store.YES));
		if (faceted) {
			keyword(document, SearchFields.CONFIDENTIALITY, confidentiality.code());
		}
	}

	/** Names as words, ids as keywords with the name in the facet value; each id once. */
	private static void entries(Document document, String names, String ids, List<CatalogueEntry> entries) {
		Set<String> seen = new HashSet<>();
		for (CatalogueEntry entry : entries) {
			text(document, names, entry.nameAr());
			text(document, names, entry.nameEn());
			entry.aliases().forEach((alias) -> text(document, names, alias));
			if (seen.add(entry.id())) {
				document.add(new StringField(ids, entry.id(), Field.Store.NO));
				document.add(new SortedSetDocValuesFacetField(ids,
						entry.id() + SearchFields.LABEL_SEPARATOR + entry.label()));
			}
		}
	}

	private static void placeLabel(Document document, List<CatalogueEntry> places) {
		if (!places.isEmpty()) {
			document.add(new StoredField(SearchFields.PLACE_LABEL, places.get(0).label()));
		}
	}

	private static void prose(Document document, String field, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new Field(field, value, PROSE));
		}
	}

	private static void text(Document document, String field, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new TextField(field, value, Field.Store.NO));
		}
	}

	private static void keyword(Document document, String field, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new StringField(field, value, Field.Store.YES));
			document.add(new SortedSetDocValuesFacetField(field, value));
		}
	}

	private static long startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	private static FieldType proseType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
