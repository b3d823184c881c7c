package org.marsad.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.marsad.text.analysis.NameAnalyzer;
import org.marsad.text.analysis.NameKeyAnalyzer;
import org.marsad.text.analysis.ReportTextAnalyzer;

/**
 * The fields of the index, shared by every kind of record, and how each is analysed.
 * <ul>
 * <li>{@value #KEY}: kind and id, the term a record is replaced or deleted by;
 * {@value #ID} and {@value #KIND} are stored for hits.</li>
 * <li>{@value #ACCESS}: {@value #ACCESS_ALL} or {@value #ACCESS_STAFF}; readers who do
 * not see internal records get only {@value #ACCESS_ALL}, so a document without the field
 * is hidden from them rather than shown.</li>
 * <li>Prose, analysed as words ({@link ReportTextAnalyzer}), stored with offsets in the
 * postings so that snippets point into the original text: {@value #TEXT} (a report),
 * {@value #DESCRIPTION_AR} and {@value #DESCRIPTION_EN} (an event); {@value #TITLE}.</li>
 * <li>Names, analysed as names ({@link NameAnalyzer}: no stemming, transliteration keys):
 * {@value #PLACES}, {@value #ACTORS}, {@value #NAMES} (a person's names in both scripts);
 * {@value #TEXT_NAMES}, a report's text read as names, holds the keys alone
 * ({@link NameKeyAnalyzer}), since its words are in {@value #TEXT}.</li>
 * <li>Keywords for filters, each also a facet dimension of the same name:
 * {@link org.marsad.search.SearchQuery#FILTERS}. {@value #PLACE} and {@value #ACTOR} hold
 * catalogue ids; their facet values carry the name after {@value #LABEL_SEPARATOR}.</li>
 * <li>{@value #PERIOD}: the days a record covers, epoch milliseconds (a report: its
 * receipt; an event: its first to its last day), for date filters; {@value #WHEN} sorts
 * newest first; {@value #CHANGED} is the record's last change, for healing.</li>
 * </ul>
 */
final class SearchFields {

	static final String KEY = "key";

	static final String ID = "id";

	static final String KIND = "kind";

	static final String ACCESS = "access";

	static final String ACCESS_ALL = "all";

	static final String ACCESS_STAFF = "staff";

	static final String TEXT = "text";

	static final String TEXT_NAMES = "text.names";

	static final String TITLE = "title";

	static final String DESCRIPTION_AR = "description_ar";

	static final String DESCRIPTION_EN = "description_en";

	static final String PLACES = "places";

	static final String ACTORS = "actors";

	static final String NAMES = "names";

	static final String LANGUAGE = "language";

	static final String CHANNEL = "channel";

	static final String STATUS = "status";

	static final String SOURCE = "source";

	static final String TYPE = "type";

	static final String VERIFICATION = "verification";

	static final String PLACE = "place";

	static final String ACTOR = "actor";

	static final String CONFIDENTIALITY = "confidentiality";

	static final String SEX = "sex";

	static final String NATIONALITY = "nationality";

	static final String PERIOD = "period";

	static final String WHEN = "when";

	static final String CHANGED = "changed";

	static final String RECEIVED_AT = "receivedAt";

	static final String DATE_FROM = "dateFrom";

	static final String DATE_TO = "dateTo";

	static final String PLACE_LABEL = "place.label";

	/** Between a catalogue id and its name in a facet value. */
	static final char LABEL_SEPARATOR = '\u001e';

	/** Texts that snippets are taken from. */
	static final List<String> PROSE = List.of(TEXT, DESCRIPTION_AR, DESCRIPTION_EN);

	/** Fields analysed as names. */
	static final List<String> NAMED = List.of(TEXT_NAMES, PLACES, ACTORS, NAMES);

	/** Keyword fields, in the order their facets are returned. */
	static final List<String> KEYWORDS = List.of(KIND, LANGUAGE, CHANNEL, STATUS, SOURCE, TYPE, VERIFICATION, PLACE,
			ACTOR, CONFIDENTIALITY, SEX, NATIONALITY);

	/** Keyword fields that may hold several values in one document. */
	static final List<String> MULTI_VALUED = List.of(PLACE, ACTOR);

	private SearchFields() {
	}

	/**
	 * The analyzer of every field, for indexing and for queries alike.
	 * @param prose the analyzer of words
	 * @param names the analyzer of names
	 * @param textNames the analyzer of a report's text read as names
	 * @return the analyzer
	 */
	static Analyzer analyzer(Analyzer prose, Analyzer names, Analyzer textNames) {
		Map<String, Analyzer> fields = new HashMap<>();
		NAMED.forEach((field) -> fields.put(field, names));
		fields.put(TEXT_NAMES, textNames);
		Analyzer keyword = new KeywordAnalyzer();
		fields.put(KEY, keyword);
		fields.put(ID, keyword);
		fields.put(ACCESS, keyword);
		KEYWORDS.forEach((field) -> fields.put(field, keyword));
		return new PerFieldAnalyzerWrapper(prose, fields);
	}

	/**
	 * Marsad's analysis: {@link ReportTextAnalyzer} for words, {@link NameAnalyzer} for
	 * names, {@link NameKeyAnalyzer} for a report's text read as names.
	 */
	static Analyzer analyzer() {
		return analyzer(new ReportTextAnalyzer(), new NameAnalyzer(), new NameKeyAnalyzer());
	}

	/** The facet dimensions: {@value #PLACE} and {@value #ACTOR} multi-valued. */
	static FacetsConfig facets() {
		FacetsConfig config = new FacetsConfig();
		MULTI_VALUED.forEach((dimension) -> config.setMultiValued(dimension, true));
		return config;
	}

}
