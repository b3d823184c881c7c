package org.marsad.text.dates;

import org.marsad.text.normalize.ArabicLetters;
import org.marsad.text.normalize.FoldedText;

/**
 * Splits a folded text into words, digit runs and punctuation, and gives each word its
 * meaning from the {@link DateLexicon}.
 *
 * <ul>
 * <li>links (http:, https:, www.) are skipped up to the next space</li>
 * <li>a word is a run of letters, a number a run of ASCII digits (Arabic-Indic digits are
 * already folded), any other non-space character is a token of its own; en and em dashes
 * read as a hyphen</li>
 * <li>a word not in the lexicon is read again without the conjunction و, and without the
 * clitics ب, ل, ك, ف before the article (بالأمس, للثاني); لل stands for ل plus ال</li>
 * <li>a spelled number keeps its value with the article (الثلاثة, العشرة)</li>
 * <li>consecutive words that form a phrase of the lexicon (كانون الثاني, أول من أمس)
 * become one token, the longest phrase first</li>
 * </ul>
 */
final class DateTokenizer {

	private static final char BEH = '\u0628';

	private static final char LAM = '\u0644';

	private static final char KAF = ArabicLetters.KAF;

	private static final char FEH = '\u0641';

	private static final String ARTICLE = "" + ArabicLetters.ALEF + LAM;

	private static final char EN_DASH = '\u2013';

	private static final char EM_DASH = '\u2014';

	private static final char DIGIT_ZERO = '0';

	private static final char DIGIT_NINE = '9';

	private static final int MAX_DIGITS = 9;

	/**
	 * Links are skipped whole: their paths hold digits and month names that are no dates.
	 */
	private static final String[] LINK_PREFIXES = { "http:", "https:", "www." };

	private final DateLexicon lexicon;

	DateTokenizer(DateLexicon lexicon) {
		this.lexicon = lexicon;
	}

	DateTokens tokenize(FoldedText text) {
		int n = text.length();
		RawTokens raw = new RawTokens(n);
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			int j = i + 1;
			if (Character.isWhitespace(c)) {
				i = j;
				continue;
			}
			if (startsLink(text, i)) {
				while (j < n && !Character.isWhitespace(text.charAt(j))) {
					j++;
				}
				i = j;
				continue;
			}
			if (isDigit(c)) {
				while (j < n && isDigit(text.charAt(j))) {
					j++;
				}
				raw.addNumber(i, j, (j - i <= MAX_DIGITS) ? parse(text, i, j) : -1, j - i);
			}
			else if (Character.isLetter(c)) {
				while (j < n && Character.isLetter(text.charAt(j))) {
					j++;
				}
				addWord(raw, i, j, text.subSequence(i, j).toString());
			}
			else {
				raw.add(i, j, WordKind.PUNCT, (c == EN_DASH || c == EM_DASH) ? Punctuation.DASH : c, null, false);
			}
			i = j;
		}
		return raw.mergePhrases(this.lexicon);
	}

	private void addWord(RawTokens raw, int start, int end, String word) {
		Lexeme lexeme = this.lexicon.word(word);
		if (lexeme != null) {
			raw.add(start, end, lexeme.kind(), lexeme.value(), word, false);
			return;
		}
		boolean conjoined = word.length() > 1 && word.charAt(0) == ArabicLetters.WAW;
		String rest = conjoined ? word.substring(1) : word;
		lexeme = conjoined ? this.lexicon.word(rest) : null;
		if (lexeme == null && rest.startsWith(ARTICLE)) {
			Lexeme number = this.lexicon.word(rest.substring(ARTICLE.length()));
			lexeme = (number != null && number.kind() == WordKind.NUMBER_WORD) ? number : null;
		}
		if (lexeme == null) {
			String bare = withoutClitic(rest);
			lexeme = (bare != null) ? this.lexicon.word(bare) : null;
			rest = (lexeme != null) ? bare : rest;
		}
		if (lexeme != null) {
			raw.add(start, end, lexeme.kind(), lexeme.value(), rest, conjoined);
		}
		else {
			raw.add(start, end, WordKind.WORD, 0, word, false);
		}
	}

	private static String withoutClitic(String word) {
		if (word.length() < 3) {
			return null;
		}
		char first = word.charAt(0);
		if (first == LAM && word.charAt(1) == LAM) {
			return ARTICLE + word.substring(2);
		}
		if ((first == BEH || first == LAM || first == KAF || first == FEH) && word.startsWith(ARTICLE, 1)) {
			return word.substring(1);
		}
		return null;
	}

	private static boolean startsLink(CharSequence text, int i) {
		for (String prefix : LINK_PREFIXES) {
			if (startsWith(text, i, prefix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(CharSequence text, int i, String prefix) {
		if (i + prefix.length() > text.length()) {
			return false;
		}
		for (int k = 0; k < prefix.length(); k++) {
			if (text.charAt(i + k) != prefix.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= DIGIT_ZERO && c <= DIGIT_NINE;
	}

	private static int parse(CharSequence text, int from, int to) {
		int v = 0;
		for (int k = from; k < to; k++) {
			v = v * 10 + (text.charAt(k) - DIGIT_ZERO);
		}
		return v;
	}

}
