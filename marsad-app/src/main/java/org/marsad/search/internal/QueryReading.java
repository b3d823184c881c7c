package org.marsad.search.internal;

import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.marsad.search.BadQuery;
import org.marsad.search.SearchQuery;
import org.marsad.search.Viewer;

/**
 * Reads a search request into a Lucene query.
 * <ul>
 * <li>Words are looked for in the text (as words and as names) and the title; all must
 * match unless joined by {@code OR}.</li>
 * <li>The classic query syntax gives "phrases", prefix*, fuzzy~ and {@code field:}
 * prefixes; only the fields of {@link ReportFields} may be named, and {@code source:}
 * only by viewers who see sources.</li>
 * <li>Date range and facet values filter without scoring; days are UTC, both ends
 * included.</li>
 * </ul>
 * Syntax: <a href=
 * "https://lucene.apache.org/core/9_12_0/queryparser/org/apache/lucene/queryparser/classic/package-summary.html">classic
 * query parser</a>.
 */
final class QueryReading {

	private static final String[] SEARCHED = { ReportFields.TEXT, ReportFields.NAMES, ReportFields.TITLE };

	private static final Map<String, Float> BOOSTS = Map.of(ReportFields.TEXT, 1.0f, ReportFields.NAMES, 0.5f,
			ReportFields.TITLE, 2.0f);

	private static final Set<String> NAMEABLE = Set.of(ReportFields.TEXT, ReportFields.NAMES, ReportFields.TITLE,
			ReportFields.LANGUAGE, ReportFields.CHANNEL, ReportFields.STATUS);

	private static final long DAY_MILLIS = 86_400_000L;

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
		if (text == null || text.isBlank()) {
			return new MatchAllDocsQuery();
		}
		MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCHED, this.analyzer, BOOSTS);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		parser.setAllowLeadingWildcard(false);
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
	 * The words with the filters of a request.
	 * @param request the request
	 * @param words its words, from {@link #words}
	 * @param viewer who asks
	 * @return the query to run
	 * @throws BadQuery naming {@code source} when a viewer who does not see sources
	 * filters by one
	 */
	Query filtered(SearchQuery request, Query words, Viewer viewer) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
		filter(query, ReportFields.LANGUAGE, request.language());
		filter(query, ReportFields.CHANNEL, request.channel());
		filter(query, ReportFields.STATUS, request.status());
		if (request.source() != null && !request.source().isBlank()) {
			if (!viewer.seesSources()) {
				throw new BadQuery("source");
			}
			filter(query, ReportFields.SOURCE, request.source());
		}
		if (request.from() != null || request.to() != null) {
			long from = (request.from() != null)
					? request.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() : Long.MIN_VALUE;
			long to = (request.to() != null)
					? request.to().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + DAY_MILLIS - 1
					: Long.MAX_VALUE;
			query.add(LongPoint.newRangeQuery(ReportFields.RECEIVED_AT, from, to), BooleanClause.Occur.FILTER);
		}
		return query.build();
	}

	private static void filter(BooleanQuery.Builder query, String field, String value) {
		if (value != null && !value.isBlank()) {
			query.add(new TermQuery(new Term(field, value.strip())), BooleanClause.Occur.FILTER);
		}
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
			boolean allowed = NAMEABLE.contains(field) || (ReportFields.SOURCE.equals(field) && viewer.seesSources());
			if (!allowed) {
				throw new BadQuery("q");
			}
		}
	}

}
