package org.marsad.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.marsad.search.ReportDocument;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResults;
import org.marsad.search.SearchResults.FacetCount;
import org.marsad.search.SearchResults.SearchHit;
import org.marsad.search.SearchResults.SnippetPart;
import org.marsad.search.Viewer;

/**
 * Runs a query on a searcher and reads one page of hits, their snippets and the facet
 * counts over every match.
 * <ul>
 * <li>Order: relevance, then the most recently received; with no words, the most recently
 * received first.</li>
 * <li>Snippets: up to {@value #PASSAGES} passages of about {@value #PASSAGE_LENGTH}
 * characters from the stored original text, using the offsets recorded at indexing
 * (<a href=
 * "https://lucene.apache.org/core/9_12_0/highlighter/org/apache/lucene/search/uhighlight/UnifiedHighlighter.html">UnifiedHighlighter</a>).</li>
 * <li>Facets: {@code language}, {@code channel}, {@code status}; {@code source} only for
 * viewers who see sources.</li>
 * </ul>
 */
final class HitReading {

	private static final int PASSAGES = 2;

	private static final int PASSAGE_LENGTH = 160;

	private static final float CENTRED = 0.5f;

	private static final int FACET_VALUES = 20;

	private static final List<String> DIMENSIONS = List.of(ReportFields.LANGUAGE, ReportFields.CHANNEL,
			ReportFields.STATUS);

	private static final Sort NEWEST = new Sort(new SortField(ReportFields.RECEIVED_AT, SortField.Type.LONG, true));

	private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
			new SortField(ReportFields.RECEIVED_AT, SortField.Type.LONG, true));

	private final Analyzer analyzer;

	private final FacetsConfig facets;

	private volatile FacetState facetState;

	HitReading(Analyzer analyzer, FacetsConfig facets) {
		this.analyzer = analyzer;
		this.facets = facets;
	}

	SearchResults read(IndexSearcher searcher, SearchQuery request, Query query, Viewer viewer) throws IOException {
		boolean byWords = request.text() != null && !request.text().isBlank();
		FacetsCollector collector = new FacetsCollector();
		int wanted = request.offset() + request.size();
		TopDocs top = FacetsCollector.search(searcher, query, wanted, byWords ? RELEVANCE : NEWEST, byWords, collector);
		ScoreDoc[] page = pageOf(top.scoreDocs, request.offset());
		Object[] snippets = snippets(searcher, query, page);
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			hits.add(hit(searcher.storedFields().document(page[i].doc), page[i].score, snippets[i], viewer));
		}
		return new SearchResults(hits, top.totalHits.value, request.page(), request.size(),
				counts(searcher.getIndexReader(), collector, top.totalHits.value, viewer));
	}

	private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset) {
		if (offset >= all.length) {
			return new ScoreDoc[0];
		}
		ScoreDoc[] page = new ScoreDoc[all.length - offset];
		System.arraycopy(all, offset, page, 0, page.length);
		return page;
	}

	private Object[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
		if (page.length == 0) {
			return new Object[0];
		}
		SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, this.analyzer)
			.withFormatter(new SnippetFormatter())
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, CENTRED))
			.withMaxLength(Integer.MAX_VALUE - 1));
		int[] docs = new int[page.length];
		for (int i = 0; i < page.length; i++) {
			docs[i] = page[i].doc;
		}
		return highlighter.passages(ReportFields.TEXT, query, docs, PASSAGES);
	}

	@SuppressWarnings("unchecked")
	private static SearchHit hit(Document document, float score, Object snippet, Viewer viewer) {
		List<List<SnippetPart>> fragments = (snippet != null) ? (List<List<SnippetPart>>) snippet : List.of();
		long receivedAt = document.getField(ReportFields.RECEIVED_AT).numericValue().longValue();
		String source = viewer.seesSources() ? document.get(ReportFields.SOURCE) : null;
		return new SearchHit(document.get(ReportFields.ID), ReportDocument.KIND, document.get(ReportFields.TITLE),
				fragments, Float.isNaN(score) ? 0 : score, document.get(ReportFields.LANGUAGE),
				Instant.ofEpochMilli(receivedAt).toString(), source);
	}

	private Map<String, List<FacetCount>> counts(IndexReader reader, FacetsCollector collector, long total,
			Viewer viewer) throws IOException {
		if (total == 0) {
			return Map.of();
		}
		Facets counts = new SortedSetDocValuesFacetCounts(state(reader), collector);
		List<String> dimensions = new ArrayList<>(DIMENSIONS);
		if (viewer.seesSources()) {
			dimensions.add(ReportFields.SOURCE);
		}
		Map<String, List<FacetCount>> result = new LinkedHashMap<>();
		for (String dimension : dimensions) {
			result.put(dimension, values(counts, dimension));
		}
		return result;
	}

	private static List<FacetCount> values(Facets counts, String dimension) throws IOException {
		FacetResult top;
		try {
			top = counts.getTopChildren(FACET_VALUES, dimension);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
		if (top == null) {
			return List.of();
		}
		List<FacetCount> values = new ArrayList<>(top.labelValues.length);
		for (LabelAndValue value : top.labelValues) {
			values.add(new FacetCount(value.label, value.value.longValue()));
		}
		return values;
	}

	/** The facet ordinals of a reader, built once per reader as they are costly. */
	private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		FacetState current = this.facetState;
		if (current == null || current.reader() != reader) {
			current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, this.facets));
			this.facetState = current;
		}
		return current.state();
	}

	/** A highlighter returning the formatter's objects rather than strings. */
	private static final class SnippetHighlighter extends UnifiedHighlighter {

		SnippetHighlighter(Builder builder) {
			super(builder);
		}

		Object[] passages(String field, Query query, int[] docs, int passages) throws IOException {
			return highlightFieldsAsObjects(new String[] { field }, query, docs, new int[] { passages }).get(field);
		}

	}

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

}
