/**
 * Lucene analysis for Marsad's search:
 * {@link org.marsad.text.analysis.ReportTextAnalyzer} for report words and
 * {@link org.marsad.text.analysis.NameAnalyzer} for names of persons and places, each
 * used alike at index and at query time. Token filters hold the glue,
 * {@code ArabicProclitics}, {@code ArabicLightSuffixes} and
 * {@link org.marsad.text.analysis.SkeletonKey} the algorithms, {@code NameParticles} and
 * {@code ArabicLatin} the configuration. Folding is the engine's own
 * {@link org.marsad.text.normalize.ArabicFolding}, so index, queries and extraction
 * agree.
 */
package org.marsad.text.analysis;
