package org.marsad.text.numbers;

import java.util.List;

import org.marsad.text.normalize.CharClass;
import org.marsad.text.normalize.FoldedText;

/**
 * Splits a folded text into words, numerals and marks in one pass, and looks every word
 * up in the number vocabulary, with and without its proclitics.
 * <ul>
 * <li>a word is a run of letters; a numeral starts at a digit, or at a minus sign or a
 * dot before a digit that follows no letter or digit</li>
 * <li>spaces separate tokens and are not kept; any other character is a mark</li>
 * <li>a web address (http:, https:, www.) is skipped up to the next space: its digits are
 * paths and identifiers</li>
 * <li>a proclitic is stripped only when the rest is a number word long enough not to be a
 * different word (لست is not ل + ست)</li>
 * </ul>
 */
final class Tokenizer {

	private static final char MINUS = '-';

	private static final char DOT = '.';

	private static final char COLON = ':';

	private static final List<String> WEB_PREFIXES = List.of("http", "https", "www");

	private static final char WAW = 'و';

	private final NumberVocabulary vocabulary;

	Tokenizer(NumberVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	Tokens tokenize(FoldedText text) {
		Tokens tokens = new Tokens(text);
		NumeralReader numerals = new NumeralReader(tokens);
		char[] units = text.units();
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = units[i];
			if (NumeralReader.isDigit(c) || ((c == MINUS || c == DOT) && startsSignedNumeral(text, i))) {
				i = numerals.read(i);
			}
			else if (CharClass.isLetter(c)) {
				int j = i + 1;
				int hash = c;
				while (j < n && CharClass.isLetter(units[j])) {
					hash = 31 * hash + units[j];
					j++;
				}
				i = isWebAddress(text, i, j) ? spaceAfter(text, j) : addWord(tokens, hash, i, j);
			}
			else {
				if (!CharClass.isSpace(c)) {
					tokens.add(Tokens.MARK, i, i + 1);
				}
				i++;
			}
		}
		return tokens;
	}

	private static boolean startsSignedNumeral(FoldedText text, int i) {
		if (i + 1 >= text.length() || !NumeralReader.isDigit(text.charAt(i + 1))) {
			return false;
		}
		return i == 0 || !CharClass.isLetterOrDigit(text.charAt(i - 1));
	}

	private static boolean isWebAddress(FoldedText text, int start, int end) {
		if (end >= text.length() || (text.charAt(end) != COLON && text.charAt(end) != DOT)) {
			return false;
		}
		for (String prefix : WEB_PREFIXES) {
			if (end - start == prefix.length() && startsWith(text, start, end, prefix)) {
				return true;
			}
		}
		return false;
	}

	private static int spaceAfter(FoldedText text, int from) {
		int i = from;
		while (i < text.length() && !CharClass.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private int addWord(Tokens tokens, int hash, int start, int end) {
		int t = tokens.add(Tokens.WORD, start, end);
		tokens.hash[t] = hash;
		FoldedText text = tokens.text;
		WordForm form = this.vocabulary.word(tokens, t);
		if (form != null) {
			tokens.word[t] = form.word();
			tokens.stem[t] = start + form.procliticLength();
			tokens.waw[t] = form.waw();
		}
		else {
			tokens.waw[t] = end - start > 2 && text.charAt(start) == WAW;
		}
		return end;
	}

	private static boolean startsWith(FoldedText text, int start, int end, String prefix) {
		if (end - start < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (text.charAt(start + i) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
