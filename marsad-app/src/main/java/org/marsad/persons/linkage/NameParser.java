package org.marsad.persons.linkage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.marsad.text.analysis.SkeletonKey;
import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.ArabicLetters;

/**
 * Splits a person's name, in Arabic or Latin script, into the parts of an Arabic name.
 *
 * <p>
 * Rules, in order:
 * <ul>
 * <li>each character is folded as the search engine folds it ({@link ArabicFolding}:
 * hamza and alef forms, teh marbuta, alef maksura, diacritics, tatweel); Latin letters
 * lose their accents and case; words are split at anything but letters, digits and
 * apostrophes;</li>
 * <li>«بن», «ابن», «بنت» and their Latin spellings are dropped: the next word is an
 * ancestor, which the position already says;</li>
 * <li>«عبد» and its Latin forms are joined with the next word, skipping a Latin article
 * word («Abd al-Rahman» → abdrahman, «عبد الرحمن» → «عبدالرحمن»);</li>
 * <li>«أبو» (also «أبي», «أبا», Abu, Abou), separate or glued, opens the kunya with the
 * next word;</li>
 * <li>the article «ال» (written with a bare alef, so not «إلهام») is removed from a word
 * that keeps at least two letters, except «الله»; alone («آل») or as a Latin article word
 * (al-, el-, ash- …) it marks the next word as a family name;</li>
 * <li>second words of compound given names («نور الدين», «سيف الإسلام», «حمد الله») are
 * joined to the word before with their article;</li>
 * <li>the words left are given name, father, grandfather; the last word is the family or
 * tribe name when it had an article or when four or more words remain. Further ancestors
 * are not kept.</li>
 * </ul>
 * Instances are stateless and thread-safe.
 */
public final class NameParser {

	private static final int FAMILY_BY_POSITION = 4;

	/** The shortest Latin family word read as article and name glued: two and three. */
	private static final int GLUED_ARTICLE_MIN = 5;

	private static final char APOSTROPHE = '\'';

	private static final char LEFT_HALF_RING = '\u02BF';

	private static final char RIGHT_HALF_RING = '\u02BE';

	private static final char RIGHT_SINGLE_QUOTE = '\u2019';

	private static final char FIRST_ARABIC = '\u0600';

	private static final char LATIN_LETTERS_END = '\u0250';

	private static final char LAST_ARABIC = '\u06FF';

	/**
	 * Parses a name.
	 * @param name the name as written, or null
	 * @return its parts; {@link ParsedName#EMPTY} when it holds no word
	 */
	public ParsedName parse(String name) {
		if (name == null || name.isBlank()) {
			return ParsedName.EMPTY;
		}
		List<Word> words = new ArrayList<>(6);
		String kunya = read(words(name), words);
		boolean latin = isLatin(name);
		int count = words.size();
		if (count == 0) {
			return (kunya != null) ? new ParsedName(null, null, null, null, kunya, latin) : ParsedName.EMPTY;
		}
		boolean hasFamily = (count >= 2 && (words.get(count - 1).family() || (latin && glued(words.get(count - 1)))))
				|| count >= FAMILY_BY_POSITION || (count == 1 && words.get(0).family());
		String family = hasFamily ? latinFamily(words.get(count - 1), latin) : null;
		int ancestors = hasFamily ? count - 1 : count;
		return new ParsedName(part(words, 0, ancestors), part(words, 1, ancestors), part(words, 2, ancestors), family,
				kunya, latin);
	}

	/**
	 * The transliteration key of a folded name word: its consonant skeleton, the same for
	 * «محمد» and "Mohammed" ({@link SkeletonKey}).
	 * @param word a folded word, as {@link #parse} gives it
	 * @return the key, possibly empty
	 */
	public static String key(String word) {
		return new SkeletonKey().of(word);
	}

	/**
	 * A Latin family name with its article glued on ("Alramli", "Elhaj") loses it, as
	 * "Al-ramli" and «الرملي» do; a word marked as family by a separate article keeps the
	 * rest whole.
	 */
	private static String latinFamily(Word word, boolean latin) {
		return (latin && glued(word)) ? word.text().substring(2) : word.text();
	}

	private static boolean glued(Word word) {
		String text = word.text();
		return !word.family() && text.length() >= GLUED_ARTICLE_MIN && (text.startsWith("al") || text.startsWith("el"));
	}

	private static String part(List<Word> words, int index, int count) {
		return (index < count) ? words.get(index).text() : null;
	}

	/**
	 * Applies the particle rules to the folded words, adding the name words to
	 * {@code out}.
	 * @return the kunya, or null
	 */
	private static String read(List<Word> raw, List<Word> out) {
		String kunya = null;
		boolean familyNext = false;
		int size = raw.size();
		for (int i = 0; i < size; i++) {
			Word word = raw.get(i);
			String text = word.text();
			boolean last = i == size - 1;
			if (isArticleWord(text) && !last) {
				familyNext = true;
				continue;
			}
			if (NameParticles.SON_OF.contains(text)) {
				continue;
			}
			if (NameParticles.ABD.contains(text) && !last) {
				int tail = (isArticleWord(raw.get(i + 1).text()) && i + 2 < size) ? i + 2 : i + 1;
				out.add(new Word(text + raw.get(tail).text(), false));
				i = tail;
				familyNext = false;
				continue;
			}
			if (NameParticles.ABU.contains(text) && !last) {
				kunya = (kunya != null) ? kunya : text + " " + stripArticle(raw.get(i + 1)).text();
				i++;
				continue;
			}
			int glued = gluedAbu(text);
			if (glued > 0) {
				kunya = (kunya != null) ? kunya : text.substring(0, glued) + " " + text.substring(glued);
				continue;
			}
			Word name = stripArticle(word);
			boolean marked = familyNext || name.family();
			familyNext = false;
			if (!out.isEmpty() && isCompoundTail(name.text(), marked, text)) {
				Word previous = out.remove(out.size() - 1);
				out.add(new Word(previous.text() + joint(name.text(), text), false));
				continue;
			}
			out.add(new Word(name.text(), marked));
		}
		return kunya;
	}

	private static boolean isArticleWord(String text) {
		return text.equals(NameParticles.ARTICLE) || NameParticles.LATIN_ARTICLES.contains(text);
	}

	private static boolean isCompoundTail(String stripped, boolean marked, String original) {
		return original.equals(NameParticles.ALLAH) || NameParticles.LATIN_ALLAH.contains(original)
				|| (marked && NameParticles.COMPOUND_TAILS.contains(stripped));
	}

	/** The tail as joined: with its Arabic article, or the Latin article restored. */
	private static String joint(String stripped, String original) {
		if (original.equals(NameParticles.ALLAH) || NameParticles.LATIN_ALLAH.contains(original)) {
			return original;
		}
		return isLatin(stripped) ? "al" + stripped : NameParticles.ARTICLE + stripped;
	}

	private static int gluedAbu(String text) {
		for (String abu : NameParticles.GLUED_ABU) {
			if (text.length() - abu.length() >= NameParticles.MIN_AFTER_ABU && text.startsWith(abu)
					&& isLatin(abu) == isLatin(text)) {
				return abu.length();
			}
		}
		return 0;
	}

	private static Word stripArticle(Word word) {
		String text = word.text();
		boolean article = word.family() && text.startsWith(NameParticles.ARTICLE)
				&& text.length() - NameParticles.ARTICLE.length() >= NameParticles.MIN_AFTER_ARTICLE
				&& !text.equals(NameParticles.ALLAH);
		return article ? new Word(text.substring(NameParticles.ARTICLE.length()), true) : new Word(text, false);
	}

	/**
	 * The folded words of a name. {@link Word#family()} here says whether the word opens
	 * with a bare alef or alef wasla, so that a folded «ال» is an article and not «إل».
	 */
	private static List<Word> words(String name) {
		String text = hasAccentedLatin(name) ? Normalizer.normalize(name, Normalizer.Form.NFD) : name;
		List<Word> words = new ArrayList<>(8);
		StringBuilder word = new StringBuilder(12);
		boolean bareAlef = false;
		for (int i = 0; i < text.length(); i++) {
			char raw = text.charAt(i);
			char c = ArabicFolding.fold(raw);
			if (c == ArabicFolding.DROPPED || Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (c == LEFT_HALF_RING || c == RIGHT_HALF_RING || c == RIGHT_SINGLE_QUOTE) {
				c = APOSTROPHE;
			}
			if (Character.isLetterOrDigit(c) || (c == APOSTROPHE && word.length() > 0)) {
				if (word.length() == 0) {
					bareAlef = raw == ArabicLetters.ALEF || raw == ArabicLetters.ALEF_WASLA;
				}
				word.append(Character.toLowerCase(c));
			}
			else {
				flush(word, bareAlef, words);
			}
		}
		flush(word, bareAlef, words);
		return words;
	}

	private static void flush(StringBuilder word, boolean bareAlef, List<Word> words) {
		int end = word.length();
		while (end > 0 && word.charAt(end - 1) == APOSTROPHE) {
			end--;
		}
		if (end > 0) {
			words.add(new Word(word.substring(0, end), bareAlef));
		}
		word.setLength(0);
	}

	private static boolean hasAccentedLatin(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= 0x80 && c < LATIN_LETTERS_END) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a text has no Arabic letters.
	 * @param text the text
	 * @return true when it is written in Latin (or any non-Arabic) script
	 */
	static boolean isLatin(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= FIRST_ARABIC && text.charAt(i) <= LAST_ARABIC) {
				return false;
			}
		}
		return true;
	}

	/** A folded word, and whether it is (or may be) marked as a family name. */
	private record Word(String text, boolean family) {
	}

}
