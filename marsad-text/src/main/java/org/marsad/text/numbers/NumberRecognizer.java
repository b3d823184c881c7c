package org.marsad.text.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.marsad.text.NumberMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.Interval;
import org.marsad.text.vocabulary.Qualifier;

/**
 * Finds the counts and quantities of an Arabic or English text: numerals, number words
 * and their mixtures, fractions, percentages and vague quantities, each with the
 * qualifier it was stated with and the interval that gives (DESIGN, "Figure qualifiers").
 *
 * <p>
 * Glue only: {@link Tokenizer} splits the folded text, {@link NumberGrammar} reads the
 * numbers, {@link NonCountRules} drops years, days, times and codes, and
 * {@link QualifierCues} finds qualifiers and percentages; the words come from
 * {@link NumberVocabulary}. Built once and safe to share between threads: every call
 * works on its own tokens, in time linear in the length of the text.
 *
 * <p>
 * A span covers the number with its qualifier and percentage cue, and the proclitics
 * written on it (بألفين) except a leading conjunction و, which joins it to the sentence
 * rather than belonging to it.
 */
public final class NumberRecognizer {

	private final Tokenizer tokenizer;

	private final NonCountRules rules;

	private final QualifierCues cues;

	public NumberRecognizer() {
		NumberVocabulary vocabulary = new NumberVocabulary();
		this.tokenizer = new Tokenizer(vocabulary);
		this.rules = new NonCountRules(vocabulary);
		this.cues = new QualifierCues(vocabulary);
	}

	/**
	 * Finds every count or quantity in a text.
	 * @param text the folded text
	 * @return the mentions in text order, with spans into the original text
	 */
	public List<NumberMention> find(FoldedText text) {
		Tokens tokens = this.tokenizer.tokenize(text);
		NumberGrammar grammar = new NumberGrammar(tokens);
		List<NumberMention> mentions = new ArrayList<>();
		int floor = 0;
		int t = 0;
		while (t < tokens.size) {
			if (tokens.isNumberWord(t, WordKind.ORDINAL)) {
				t = grammar.ordinalEnd(t) + 1;
				continue;
			}
			Reading reading = grammar.read(t);
			if (reading == null) {
				t++;
			}
			else if (this.rules.excludes(tokens, reading)) {
				t = this.rules.resumeAfter(tokens, reading);
			}
			else {
				int last = addMention(tokens, reading, floor, mentions);
				floor = last + 1;
				t = last + 1;
			}
		}
		return mentions;
	}

	private int addMention(Tokens tokens, Reading reading, int floor, List<NumberMention> mentions) {
		int first = reading.first();
		int last = reading.last();
		int percentEnd = this.cues.percentEnd(tokens, last);
		int percentStart = (percentEnd < 0) ? this.cues.percentStart(tokens, first, floor) : -1;
		if (percentEnd >= 0) {
			last = percentEnd;
		}
		if (percentStart >= 0) {
			first = percentStart;
		}
		boolean percent = percentEnd >= 0 || percentStart >= 0;
		Qualifier qualifier = reading.isVague() ? Qualifier.VAGUE : Qualifier.EXACT;
		if (!reading.isVague()) {
			CueMatch before = this.cues.before(tokens, first, floor);
			if (before != null) {
				qualifier = before.qualifier();
				first = before.token();
			}
			CueMatch after = this.cues.after(tokens, last);
			if (after != null) {
				qualifier = (before != null) ? qualifier : after.qualifier();
				last = after.token();
			}
		}
		Interval interval = reading.isVague() ? new Interval(reading.low(), null, reading.high())
				: qualifier.intervalOf(reading.value());
		FoldedText text = tokens.text;
		int start = text.originalStart(tokens.waw[first] ? tokens.start[first] + 1 : tokens.start[first]);
		int end = text.originalEnd(tokens.end[last]);
		mentions.add(new NumberMention(start, end, text.original().substring(start, end), qualifier,
				plain(interval.low()), plain(interval.best()), plain(interval.high()), percent));
		return last;
	}

	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
