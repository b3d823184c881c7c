/**
 * Recognition of counts and quantities in Arabic and English report text.
 *
 * <p>
 * {@link org.marsad.text.numbers.NumberRecognizer} is the entry point. The package keeps
 * apart, in the manner of Lucene's analysis chain:
 * <ul>
 * <li>configuration: the vocabulary resources {@code number-words.tsv} and
 * {@code number-context.tsv}, read by {@code NumberVocabulary}</li>
 * <li>algorithm: {@code Tokenizer}, {@code NumeralReader} and {@code DigitGroups}
 * (digits), {@code NumberGrammar}, {@code CompoundReader} and {@code CompoundValue}
 * (number words), {@code NonCountRules} and {@code QualifierCues} (context)</li>
 * <li>glue: {@code NumberRecognizer}</li>
 * </ul>
 * Qualifiers and their intervals follow DESIGN, "Figure qualifiers"; the number grammar
 * was checked against the Arabic number specs of Microsoft Recognizers-Text (MIT).
 */
package org.marsad.text.numbers;
