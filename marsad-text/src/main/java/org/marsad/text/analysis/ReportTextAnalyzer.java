package org.marsad.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of report text (words, not names), used alike at index and at query time.
 *
 * <p>
 * Chain:
 * <ul>
 * <li>{@link StandardTokenizer} (Unicode word boundaries, UAX #29);</li>
 * <li>lower case and ASCII folding for Latin («Muḥammad» → muhammad,
 * {@link LatinFoldingFilter});</li>
 * <li>{@link HamzaSeatFilter}: a variant without the seat of a medial hamza;</li>
 * <li>{@link ArabicFoldingFilter}: hamza and alef forms, alef maksura, teh marbuta,
 * tatweel, diacritics, Arabic-Indic digits;</li>
 * <li>{@link ProcliticFilter}: article and one-letter particles;</li>
 * <li>{@link LightSuffixFilter}: plural, dual, feminine, nisba and pronoun suffixes.</li>
 * </ul>
 */
public final class ReportTextAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new LatinFoldingFilter(stream);
		stream = new HamzaSeatFilter(stream);
		stream = new ArabicFoldingFilter(stream);
		stream = new ProcliticFilter(stream);
		stream = new LightSuffixFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ArabicFoldingFilter(new LatinFoldingFilter(new LowerCaseFilter(in)));
	}

}
