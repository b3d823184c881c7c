package org.marsad.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The analysis of {@link NameAnalyzer} giving only the transliteration key of each word
 * ({@link SkeletonKeyFilter} keys only), used alike at index and at query time.
 *
 * <p>
 * For long texts read as names, such as a report's text, whose words are also searched as
 * words in a field of their own: a word always has the same key, so keys alone find every
 * name variant that words and keys find (the variant suite runs through both), with half
 * the terms to index and one term per position, so that phrases of names stay exact
 * phrases rather than phrases of alternatives.
 */
public final class NameKeyAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		return NameAnalyzer.components(true);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return NameAnalyzer.normalized(in);
	}

}
