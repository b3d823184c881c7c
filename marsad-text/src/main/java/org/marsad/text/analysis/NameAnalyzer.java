package org.marsad.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of names of persons and places, in Arabic or Latin script, used alike at index
 * and at query time. Names are never stemmed: «سعيد» and «سعيدة» are different people.
 *
 * <p>
 * Chain:
 * <ul>
 * <li>{@link StandardTokenizer} (splits "al-Baghouz" at the hyphen);</li>
 * <li>lower case and ASCII folding for Latin ({@link LatinFoldingFilter});</li>
 * <li>{@link NameParticleFilter}: articles, «عبد» compounds, «أبو», «بن» (before folding,
 * which would erase the hamza of «إلهام»);</li>
 * <li>{@link ArabicFoldingFilter};</li>
 * <li>{@link SkeletonKeyFilter}: a transliteration key beside each word.</li>
 * </ul>
 */
public final class NameAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		return components(false);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return normalized(in);
	}

	/**
	 * The chain, with keys beside the words or instead of them.
	 * @param keysOnly whether keys replace the words
	 * @return the chain
	 */
	static TokenStreamComponents components(boolean keysOnly) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new LatinFoldingFilter(stream);
		stream = new NameParticleFilter(stream);
		stream = new ArabicFoldingFilter(stream);
		stream = new SkeletonKeyFilter(stream, keysOnly);
		return new TokenStreamComponents(source, stream);
	}

	/**
	 * The normalisation of multi-term query parts (prefix, fuzzy).
	 * @param in the stream
	 * @return the normalised stream
	 */
	static TokenStream normalized(TokenStream in) {
		return new ArabicFoldingFilter(new LatinFoldingFilter(new LowerCaseFilter(in)));
	}

}
