package org.marsad.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The classic query syntax over the searched fields, with prefix, fuzzy, wildcard and
 * regular-expression terms looked for in every searched field but a report's text read as
 * names ({@value SearchFields#TEXT_NAMES}).
 * <ul>
 * <li>That field holds the report's words unstemmed and their transliteration keys. A
 * pattern term is not analysed, so it never yields a key; on the words it finds what the
 * report's text field finds, and expanding it over one more large term dictionary only
 * cost time.</li>
 * </ul>
 */
final class SearchSyntax extends MultiFieldQueryParser {

	private final String[] patternFields;

	private final Map<String, Float> boosts;

	SearchSyntax(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
		super(fields, analyzer, boosts);
		this.boosts = boosts;
		List<String> kept = new ArrayList<>();
		for (String field : fields) {
			if (!SearchFields.TEXT_NAMES.equals(field)) {
				kept.add(field);
			}
		}
		this.patternFields = kept.toArray(String[]::new);
	}

	@Override
	protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
		return (field != null) ? super.getFuzzyQuery(field, termStr, minSimilarity)
				: acrossPatternFields((each) -> super.getFuzzyQuery(each, termStr, minSimilarity));
	}

	@Override
	protected Query getPrefixQuery(String field, String termStr) throws ParseException {
		return (field != null) ? super.getPrefixQuery(field, termStr)
				: acrossPatternFields((each) -> super.getPrefixQuery(each, termStr));
	}

	@Override
	protected Query getWildcardQuery(String field, String termStr) throws ParseException {
		return (field != null) ? super.getWildcardQuery(field, termStr)
				: acrossPatternFields((each) -> super.getWildcardQuery(each, termStr));
	}

	@Override
	protected Query getRegexpQuery(String field, String termStr) throws ParseException {
		return (field != null) ? super.getRegexpQuery(field, termStr)
				: acrossPatternFields((each) -> super.getRegexpQuery(each, termStr));
	}

	/** Any of the fields, each with its boost, as the parser joins fields itself. */
	private Query acrossPatternFields(PatternQuery pattern) throws ParseException {
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		for (String field : this.patternFields) {
			Query query = pattern.in(field);
			if (query != null) {
				Float boost = this.boosts.get(field);
				either.add((boost != null) ? new BoostQuery(query, boost) : query, BooleanClause.Occur.SHOULD);
			}
		}
		return either.build();
	}

	/** A pattern term in one field. */
	@FunctionalInterface
	private interface PatternQuery {

		Query in(String field) throws ParseException;

	}

}
