package org.marsad.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResults;
import org.marsad.search.SearchResults.SearchHit;
import org.marsad.search.SearchResults.Snippet;
import org.marsad.search.SearchResults.SnippetPart;
import org.marsad.search.Viewer;

/**
 * Runs a query on a searcher and reads one page of hits, their snippets and the facet
 * counts over every match.
 * <ul>
 * <li>Order: relevance; with no words, the most recent first (a report's receipt, an
 * event's first day, a person's last change).</li>
 * <li>Snippets: up to {@value #PASSAGES} passages of about {@value #PASSAGE_LENGTH}
 * characters from each stored original text, using the offsets recorded at indexing
 * (<a href=
 * "https://lucene.apache.org/core/9_12_0/highlighter/org/apache/lucene/search/uhighlight/UnifiedHighlighter.html">UnifiedHighlighter</a>).
 * Only hits on the page are highlighted, and only hits the viewer may see are on it. The
 * query is rewritten into words once per search ({@link QueryReading#highlighted}), not
 * once per hit by the highlighter.</li>
 * <li>Facets: {@link FacetReading}.</li>
 * </ul>
 */
final class HitReading {

	private static final int PASSAGES = 2;

	private static final int PASSAGE_LENGTH = 160;

	private static final float CENTRED = 0.5f;

	private static final String[] HIGHLIGHTED = SearchFields.PROSE.toArray(String[]::new);

	private static final Sort NEWEST = new Sort(new SortField(SearchFields.WHEN, SortField.Type.LONG, true));

	/** The stored fields a hit shows: all but the texts, which snippets are cut from. */
	private static final Set<String> SHOWN = Set.of(SearchFields.ID, SearchFields.KIND, SearchFields.TITLE,
			SearchFields.LANGUAGE, SearchFields.RECEIVED_AT, SearchFields.SOURCE, SearchFields.STATUS,
			SearchFields.VERIFICATION, SearchFields.TYPE, SearchFields.DATE_FROM, SearchFields.DATE_TO,
			SearchFields.PLACE_LABEL, SearchFields.ACCESS);

	private final Analyzer analyzer;

	private final FacetReading facets;

	private volatile Highlighted highlighted;

	HitReading(Analyzer analyzer, FacetsConfig facets) {
		this.analyzer = analyzer;
		this.facets = new FacetReading(facets);
	}

	/**
	 * Runs a query and reads the page asked for.
	 * @param searcher the searcher
	 * @param request what was asked
	 * @param query the query with its filters and the viewer's access
	 * @param highlighted the words alone, over the texts snippets are cut from
	 * @param viewer who asks
	 * @return the page
	 */
	SearchResults read(IndexSearcher searcher, SearchQuery request, Query query, Query highlighted, Viewer viewer)
			throws IOException {
		boolean byWords = request.text() != null && !request.text().isBlank();
		int wanted = request.offset() + request.size();
		FacetsCollectorManager.FacetsResult found = byWords
				? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
				: FacetsCollectorManager.search(searcher, query, wanted, NEWEST, new FacetsCollectorManager());
		TopDocs top = found.topDocs();
		FacetsCollector collector = found.facetsCollector();
		ScoreDoc[] page = pageOf(top.scoreDocs, request.offset());
		Map<String, Object[]> snippets = snippets(searcher, highlighted, page);
		StoredFields stored = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			hits.add(hit(stored.document(page[i].doc, SHOWN), page[i].score, snippets, i, viewer));
		}
		Map<String, List<SearchResults.FacetCount>> counts = (top.totalHits.value == 0) ? Map.of()
				: this.facets.counts(searcher.getIndexReader(), collector, viewer);
		return new SearchResults(hits, top.totalHits.value, request.page(), request.size(), counts);
	}

	private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset) {
		if (offset >= all.length) {
			return new ScoreDoc[0];
		}
		ScoreDoc[] page = new ScoreDoc[all.length - offset];
		System.arraycopy(all, offset, page, 0, page.length);
		return page;
	}

	private Map<String, Object[]> snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
		String[] fields = highlighted(searcher.getIndexReader());
		if (page.length == 0 || fields.length == 0) {
			return Map.of();
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
		return highlighter.passages(fields, searcher.rewrite(query), docs);
	}

	/**
	 * The texts that some document of the reader holds, found once per reader: asking the
	 * highlighter for a field no document has makes it analyse the query for that field
	 * all the same.
	 */
	private String[] highlighted(IndexReader reader) {
		Highlighted current = this.highlighted;
		if (current == null || current.reader() != reader) {
			FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
			String[] fields = SearchFields.PROSE.stream()
				.filter((field) -> infos.fieldInfo(field) != null)
				.toArray(String[]::new);
			current = new Highlighted(reader, fields);
			this.highlighted = current;
		}
		return current.fields();
	}

	private static SearchHit hit(Document document, float score, Map<String, Object[]> snippets, int index,
			Viewer viewer) {
		IndexableField receivedAt = document.getField(SearchFields.RECEIVED_AT);
		String source = viewer.seesSources() ? document.get(SearchFields.SOURCE) : null;
		String status = (document.get(SearchFields.STATUS) != null) ? document.get(SearchFields.STATUS)
				: document.get(SearchFields.VERIFICATION);
		return new SearchHit(document.get(SearchFields.ID), document.get(SearchFields.KIND),
				document.get(SearchFields.TITLE), snippetsOf(snippets, index), Float.isNaN(score) ? 0 : score,
				document.get(SearchFields.LANGUAGE),
				(receivedAt != null) ? Instant.ofEpochMilli(receivedAt.numericValue().longValue()).toString() : null,
				source, document.get(SearchFields.TYPE), status, document.get(SearchFields.DATE_FROM),
				document.get(SearchFields.DATE_TO), document.get(SearchFields.PLACE_LABEL),
				SearchFields.ACCESS_STAFF.equals(document.get(SearchFields.ACCESS)));
	}

	@SuppressWarnings("unchecked")
	private static List<Snippet> snippetsOf(Map<String, Object[]> snippets, int index) {
		List<Snippet> found = new ArrayList<>();
		for (String field : HIGHLIGHTED) {
			Object[] passages = snippets.get(field);
			if (passages != null && passages[index] != null) {
				for (List<SnippetPart> parts : (List<List<SnippetPart>>) passages[index]) {
					found.add(new Snippet(field, parts));
				}
			}
		}
		return found;
	}

	/** A highlighter returning the formatter's objects rather than strings. */
	private static final class SnippetHighlighter extends UnifiedHighlighter {

		SnippetHighlighter(Builder builder) {
			super(builder);
		}

		Map<String, Object[]> passages(String[] fields, Query query, int[] docs) throws IOException {
			int[] passages = new int[fields.length];
			Arrays.fill(passages, PASSAGES);
			return highlightFieldsAsObjects(fields, query, docs, passages);
		}

	}

	private record Highlighted(IndexReader reader, String[] fields) {
	}

}
