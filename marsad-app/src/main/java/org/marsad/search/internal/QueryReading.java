package org.marsad.search.internal;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.marsad.search.BadQuery;
import org.marsad.search.SearchQuery;
import org.marsad.search.Viewer;

/**
 * Reads a search request into a Lucene query.
 * <ul>
 * <li>Words are looked for in every text of every kind: a report's text (as words and as
 * names) and title, an event's descriptions and the names of its places and actors, a
 * person's names. All must match unless joined by {@code OR}.</li>
 * <li>The classic query syntax gives "phrases", prefix*, fuzzy~ and {@code field:}
 * prefixes; only the fields of {@link SearchFields} may be named, {@code source:} only by
 * viewers who see sources and {@code confidentiality:} only by viewers who see internal
 * records.</li>
 * <li>A near spelling ({@code word~}) allows one edit after the first letter (a typing
 * slip: «الباغوس» for «الباغوز»); {@code word~2} allows two. Arabic words are three to
 * five letters long once clitics are gone, so two edits anywhere matched unrelated words
 * by the dozen and made such queries ten times slower than any other kind.</li>
 * <li>Date range and facet values filter without scoring; days are UTC, both ends
 * included; a record matches a range when the days it covers overlap it.</li>
 * <li>Viewers who do not see internal records get only records open to all readers,
 * before anything is counted or highlighted.</li>
 * </ul>
 * Syntax: <a href=
 * "https://lucene.apache.org/core/9_12_0/queryparser/org/apache/lucene/queryparser/classic/package-summary.html">classic
 * query parser</a>.
 */
final class QueryReading {

	private static final String[] SEARCHED = { SearchFields.TEXT, SearchFields.TEXT_NAMES, SearchFields.TITLE,
			SearchFields.DESCRIPTION_AR, SearchFields.DESCRIPTION_EN, SearchFields.PLACES, SearchFields.ACTORS,
			SearchFields.NAMES };

	private static final String[] HIGHLIGHTED = SearchFields.PROSE.toArray(String[]::new);

	private static final Map<String, Float> BOOSTS = boosts();

	private static final Set<String> NAMEABLE = nameable();

	private static final long DAY_MILLIS = 86_400_000L;

	/**
	 * Highlighted prefix and wildcard terms become at most this many words, so that the
	 * query handed to the highlighter is words alone: a pattern left as it is made the
	 * highlighter analyse each hit's text again and rewrite the query once per hit
	 * (profiled: a quarter of the processor time of a query).
	 */
	static final int HIGHLIGHTED_EXPANSIONS = 64;

	private static final MultiTermQuery.RewriteMethod HIGHLIGHTED_PATTERNS = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(
			HIGHLIGHTED_EXPANSIONS);

	private static final float FUZZY_EDITS = 1;

	private static final int FUZZY_PREFIX = 1;

	private final Analyzer analyzer;

	QueryReading(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The words of a request alone, as scored and highlighted.
	 * @param text the query text
	 * @param viewer who asks
	 * @return the query, every document when blank
	 * @throws BadQuery naming {@code q} when the text cannot be parsed or names a field
	 * the viewer may not search
	 */
	Query words(String text, Viewer viewer) {
		return parse(text, SEARCHED, viewer);
	}

	/**
	 * The words of a request as looked for in the texts that snippets are cut from, for
	 * the highlighter: it only marks matches in the field it highlights, and a query over
	 * every searched field made it evaluate every field for every hit.
	 * @param text the query text, already read by {@link #words}
	 * @param viewer who asks
	 * @return the query over {@link SearchFields#PROSE}
	 */
	Query highlighted(String text, Viewer viewer) {
		return parse(text, HIGHLIGHTED, viewer, HIGHLIGHTED_PATTERNS);
	}

	private Query parse(String text, String[] fields, Viewer viewer) {
		return parse(text, fields, viewer, null);
	}

	/** Parses with the parser's own rewrite of patterns, or another one when given. */
	private Query parse(String text, String[] fields, Viewer viewer, MultiTermQuery.RewriteMethod patterns) {
		if (text == null || text.isBlank()) {
			return new MatchAllDocsQuery();
		}
		SearchSyntax parser = new SearchSyntax(fields, this.analyzer, BOOSTS);
		if (patterns != null) {
			parser.setMultiTermRewriteMethod(patterns);
		}
		parser.setDefaultOperator(QueryParser.Operator.AND);
		parser.setAllowLeadingWildcard(false);
		parser.setFuzzyMinSim(FUZZY_EDITS);
		parser.setFuzzyPrefixLength(FUZZY_PREFIX);
		Query query;
		try {
			query = parser.parse(text);
		}
		catch (ParseException | RuntimeException ex) {
			throw new BadQuery("q");
		}
		checkFields(query, viewer);
		return query;
	}

	/**
	 * The words with the filters of a request and the viewer's access.
	 * @param request the request
	 * @param words its words, from {@link #words}
	 * @param viewer who asks
	 * @return the query to run
	 * @throws BadQuery naming {@code source} or {@code confidentiality} when a viewer
	 * filters by what they may not see
	 */
	Query filtered(SearchQuery request, Query words, Viewer viewer) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
		request.filters().forEach((dimension, value) -> {
			if (!mayName(dimension, viewer)) {
				throw new BadQuery(dimension);
			}
			filter(query, dimension, value);
		});
		if (!viewer.seesInternal()) {
			filter(query, SearchFields.ACCESS, SearchFields.ACCESS_ALL);
		}
		if (request.from() != null || request.to() != null) {
			long from = (request.from() != null)
					? request.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() : Long.MIN_VALUE;
			long to = (request.to() != null)
					? request.to().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + DAY_MILLIS - 1
					: Long.MAX_VALUE;
			query.add(LongRange.newIntersectsQuery(SearchFields.PERIOD, new long[] { from }, new long[] { to }),
					BooleanClause.Occur.FILTER);
		}
		return query.build();
	}

	private static void filter(BooleanQuery.Builder query, String field, String value) {
		query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
	}

	private static boolean mayName(String field, Viewer viewer) {
		if (SearchFields.SOURCE.equals(field)) {
			return viewer.seesSources();
		}
		if (SearchFields.CONFIDENTIALITY.equals(field)) {
			return viewer.seesInternal();
		}
		return NAMEABLE.contains(field);
	}

	private static void checkFields(Query query, Viewer viewer) {
		Set<String> fields = new HashSet<>();
		query.visit(new QueryVisitor() {

			@Override
			public boolean acceptField(String field) {
				fields.add(field);
				return true;
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}

		});
		for (String field : fields) {
			if (!mayName(field, viewer)) {
				throw new BadQuery("q");
			}
		}
	}

	private static Map<String, Float> boosts() {
		Map<String, Float> boosts = new HashMap<>();
		boosts.put(SearchFields.TEXT, 1.0f);
		boosts.put(SearchFields.TEXT_NAMES, 0.5f);
		boosts.put(SearchFields.TITLE, 2.0f);
		boosts.put(SearchFields.DESCRIPTION_AR, 1.0f);
		boosts.put(SearchFields.DESCRIPTION_EN, 1.0f);
		boosts.put(SearchFields.PLACES, 1.5f);
		boosts.put(SearchFields.ACTORS, 1.5f);
		boosts.put(SearchFields.NAMES, 2.0f);
		return Map.copyOf(boosts);
	}

	private static Set<String> nameable() {
		Set<String> fields = new HashSet<>(Set.of(SEARCHED));
		fields.addAll(SearchFields.KEYWORDS);
		return Set.copyOf(fields);
	}

}
