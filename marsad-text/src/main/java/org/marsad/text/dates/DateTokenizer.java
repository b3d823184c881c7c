package org.marsad.text.dates;

import org.marsad.text.normalize.ArabicLetters;
import org.marsad.text.normalize.CharClass;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.RangeHash;
import org.marsad.text.normalize.TokenTable;

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
		char[] units = text.units();
		RawTokens raw = new RawTokens(n);
		int i = 0;
		while (i < n) {
			char c = units[i];
			int j = i + 1;
			if (CharClass.isWhitespace(c)) {
				i = j;
				continue;
			}
			if (startsLink(units, n, i)) {
				while (j < n && !CharClass.isWhitespace(units[j])) {
					j++;
				}
				i = j;
				continue;
			}
			if (isDigit(c)) {
				while (j < n && isDigit(units[j])) {
					j++;
				}
				raw.addNumber(i, j, (j - i <= MAX_DIGITS) ? parse(units, i, j) : -1, j - i);
			}
			else if (CharClass.isLetter(c)) {
				int hash = c;
				while (j < n && CharClass.isLetter(units[j])) {
					hash = 31 * hash + units[j];
					j++;
				}
				addWord(raw, text, hash, i, j);
			}
			else {
				raw.add(i, j, WordKind.PUNCT, (c == EN_DASH || c == EM_DASH) ? Punctuation.DASH : c,
						DateLexicon.NO_PHRASE_WORD, false);
			}
			i = j;
		}
		return raw.mergePhrases(this.lexicon);
	}

	/**
	 * Reads one word. The base form (the form looked up, and the one phrases are made of)
	 * is a range of the text, after the article is restored in front of it when «لل»
	 * stood for ل plus ال. Every reading is looked up by a hash taken from the word's
	 * own, read with its letters.
	 */
	private void addWord(RawTokens raw, FoldedText text, int hash, int start, int end) {
		char[] units = text.units();
		int entry = this.lexicon.entry(hash, text, "", start, end);
		Lexeme lexeme = this.lexicon.lexeme(entry);
		if (lexeme != null) {
			raw.add(start, end, lexeme.kind(), lexeme.value(), this.lexicon.phraseWord(entry), false);
			return;
		}
		boolean conjoined = end - start > 1 && units[start] == ArabicLetters.WAW;
		int rest = conjoined ? start + 1 : start;
		int restHash = conjoined ? RangeHash.suffix(hash, units, start, rest, end) : hash;
		int restEntry = conjoined ? this.lexicon.entry(restHash, text, "", rest, end) : entry;
		lexeme = this.lexicon.lexeme(restEntry);
		if (lexeme == null && startsWithArticle(units, rest, end)) {
			int bare = rest + ARTICLE.length();
			Lexeme number = this.lexicon
				.lexeme(this.lexicon.entry(RangeHash.suffix(restHash, units, rest, bare, end), text, "", bare, end));
			lexeme = (number != null && number.kind() == WordKind.NUMBER_WORD) ? number : null;
		}
		if (lexeme == null && end - rest >= 3) {
			int stripped = TokenTable.ABSENT;
			if (units[rest] == LAM && units[rest + 1] == LAM) {
				stripped = this.lexicon.entry(RangeHash.suffix(restHash, units, rest, rest + 2, end), text, ARTICLE,
						rest + 2, end);
			}
			else if (isClitic(units[rest]) && startsWithArticle(units, rest + 1, end)) {
				stripped = this.lexicon.entry(RangeHash.suffix(restHash, units, rest, rest + 1, end), text, "",
						rest + 1, end);
			}
			lexeme = this.lexicon.lexeme(stripped);
			if (lexeme != null) {
				restEntry = stripped;
			}
		}
		if (lexeme != null) {
			raw.add(start, end, lexeme.kind(), lexeme.value(), this.lexicon.phraseWord(restEntry), conjoined);
		}
		else {
			raw.add(start, end, WordKind.WORD, 0, this.lexicon.phraseWord(entry), false);
		}
	}

	private static boolean isClitic(char c) {
		return c == BEH || c == LAM || c == KAF || c == FEH;
	}

	private static boolean startsWithArticle(char[] units, int from, int end) {
		return end - from >= ARTICLE.length() && units[from] == ArabicLetters.ALEF && units[from + 1] == LAM;
	}

	private static boolean startsLink(char[] units, int n, int i) {
		char c = units[i];
		if (c != 'h' && c != 'w') {
			return false;
		}
		for (String prefix : LINK_PREFIXES) {
			if (startsWith(units, n, i, prefix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(char[] units, int n, int i, String prefix) {
		if (i + prefix.length() > n) {
			return false;
		}
		for (int k = 0; k < prefix.length(); k++) {
			if (units[i + k] != prefix.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= DIGIT_ZERO && c <= DIGIT_NINE;
	}

	private static int parse(char[] units, int from, int to) {
		int v = 0;
		for (int k = from; k < to; k++) {
			v = v * 10 + (units[k] - DIGIT_ZERO);
		}
		return v;
	}

}
