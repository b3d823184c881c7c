package org.marsad.search.internal;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.marsad.search.ReportDocument;
import org.marsad.text.analysis.NameAnalyzer;
import org.marsad.text.analysis.ReportTextAnalyzer;

/**
 * The fields of a report in the index and how each is analysed.
 * <ul>
 * <li>{@value #TEXT}: words, with {@link ReportTextAnalyzer}; stored as received, with
 * offsets in the postings so that snippets point into the original text.</li>
 * <li>{@value #NAMES}: the same text read as names, with {@link NameAnalyzer} (no
 * stemming, transliteration keys).</li>
 * <li>{@value #TITLE}: the title, as words.</li>
 * <li>{@value #LANGUAGE}, {@value #CHANNEL}, {@value #STATUS}, {@value #SOURCE}: keywords
 * for filters, and facet dimensions of the same names.</li>
 * <li>{@value #RECEIVED_AT}: epoch milliseconds, for date ranges and sorting.</li>
 * </ul>
 */
final class ReportFields {

	static final String ID = "id";

	static final String KIND = "kind";

	static final String TEXT = "text";

	static final String NAMES = "text.names";

	static final String TITLE = "title";

	static final String LANGUAGE = "language";

	static final String CHANNEL = "channel";

	static final String STATUS = "status";

	static final String SOURCE = "source";

	static final String RECEIVED_AT = "receivedAt";

	private static final FieldType TEXT_TYPE = textType();

	private ReportFields() {
	}

	/** The analyzer of every field, for indexing and for queries alike. */
	static Analyzer analyzer() {
		Analyzer keyword = new KeywordAnalyzer();
		return new PerFieldAnalyzerWrapper(new ReportTextAnalyzer(), Map.of(NAMES, new NameAnalyzer(), ID, keyword,
				KIND, keyword, LANGUAGE, keyword, CHANNEL, keyword, STATUS, keyword, SOURCE, keyword));
	}

	/** The facet dimensions, each single-valued. */
	static FacetsConfig facets() {
		return new FacetsConfig();
	}

	/**
	 * The document of a report, before facet fields are built into it.
	 * @param report the report
	 * @return the document
	 */
	static Document document(ReportDocument report) {
		Document document = new Document();
		document.add(new StringField(ID, report.id().toString(), Field.Store.YES));
		document.add(new StringField(KIND, ReportDocument.KIND, Field.Store.YES));
		document.add(new Field(TEXT, report.text(), TEXT_TYPE));
		document.add(new TextField(NAMES, report.text(), Field.Store.NO));
		if (report.title() != null) {
			document.add(new TextField(TITLE, report.title(), Field.Store.YES));
		}
		keyword(document, LANGUAGE, report.language());
		keyword(document, CHANNEL, report.channel());
		keyword(document, STATUS, report.status());
		keyword(document, SOURCE, report.sourcePseudonym());
		long receivedAt = report.receivedAt().toEpochMilli();
		document.add(new LongPoint(RECEIVED_AT, receivedAt));
		document.add(new NumericDocValuesField(RECEIVED_AT, receivedAt));
		document.add(new StoredField(RECEIVED_AT, receivedAt));
		return document;
	}

	private static void keyword(Document document, String field, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new StringField(field, value, Field.Store.YES));
			document.add(new SortedSetDocValuesFacetField(field, value));
		}
	}

	private static FieldType textType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
