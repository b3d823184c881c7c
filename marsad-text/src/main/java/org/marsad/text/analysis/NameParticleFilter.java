package org.marsad.text.analysis;

import static org.marsad.text.normalize.ArabicLetters.ALEF;
import static org.marsad.text.normalize.ArabicLetters.ALEF_WASLA;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.marsad.text.normalize.ArabicFolding;

/**
 * Normalises the particles of names as {@link NameParticles} lists them, so that every
 * spelling of a name gives the same words.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>a Latin article word («al», «el», «ad» …) followed by another word is dropped;</li>
 * <li>«عبد» or a Latin form of it («Abd», «Abdul», «Abdel» …) is joined with the next
 * word (skipping an article word between them), so «عبد الله» gives the single term
 * «عبدالله»;</li>
 * <li>a glued «ابو» or «Abu» is split off the name it precedes;</li>
 * <li>case forms and spellings of «أبو» and «ابن» are replaced by one spelling;</li>
 * <li>the Arabic article «ال» (bare alef, not «إل» as in «إلهام») is removed when at
 * least {@value NameParticles#MIN_AFTER_ARTICLE} letters remain, except from «الله»;</li>
 * <li>an article inside a glued name starts a new word («نصرالدين» → «نصر», «دين»),
 * except in «عبد» compounds.</li>
 * </ul>
 * Runs before {@link ArabicFoldingFilter}, since folding erases the hamza that tells «إل»
 * from the article; particles are compared in folded form.
 */
public final class NameParticleFilter extends TokenFilter {

	/** The longest particle or Latin article word, in letters («abdoul»). */
	private static final int LONGEST_PARTICLE = 6;

	/** The shorter Latin «أبو», which every glued Latin spelling opens with. */
	private static final String LATIN_ABU = "ab";

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final Deque<State> pending = new ArrayDeque<>();

	private char[] folded = new char[32];

	private int foldedLength;

	/**
	 * Creates the filter.
	 * @param input lower-cased, unfolded terms
	 */
	public NameParticleFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (next()) {
			if (!mayHoldParticle() || removedPlainArticle()) {
				return true;
			}
			String folded = new String(this.folded, 0, this.foldedLength);
			if (NameParticles.LATIN_ARTICLES.contains(folded) && hasNext()) {
				continue;
			}
			normalise(folded);
			return true;
		}
		return false;
	}

	private void normalise(String folded) throws IOException {
		String spelling = NameParticles.SPELLINGS.get(folded);
		if (spelling != null) {
			this.term.setEmpty().append(spelling);
		}
		else if (folded.equals(NameParticles.ABD) || NameParticles.LATIN_ABD.contains(folded)) {
			joinNext();
		}
		else if (folded.startsWith(NameParticles.ABU)
				&& folded.length() - NameParticles.ABU.length() >= NameParticles.MIN_AFTER_ABU) {
			split(NameParticles.ABU.length());
		}
		else if (latinAbu(folded) > 0) {
			split(latinAbu(folded));
		}
		else if (hasArticle(folded)) {
			int article = NameParticles.ARTICLE.length();
			this.term.copyBuffer(this.term.buffer(), article, this.term.length() - article);
		}
		else if (innerArticle(folded) > 0) {
			split(innerArticle(folded));
		}
	}

	/**
	 * Whether any rule could apply to the term, read in folded form without building a
	 * string. Most words of a report are none of these and pass without further work.
	 * <ul>
	 * <li>An Arabic word: a three-letter word opening with alef or ain («ابي»، «ابن»،
	 * «عبد»), one opening with «ابو», or one holding the article «ال».</li>
	 * <li>A Latin word: a short one (every Latin particle and article has at most
	 * {@value #LONGEST_PARTICLE} letters) or one opening with "ab" ("Abu", "Abou"
	 * glued).</li>
	 * </ul>
	 */
	private boolean mayHoldParticle() {
		int kept = foldTerm();
		if (kept == 0) {
			return true;
		}
		char first = this.folded[0];
		if (ArabicAlphabet.isArabic(first)) {
			return (kept == 3 && (first == ArabicAlphabet.ALEF || first == ArabicAlphabet.AIN))
					|| opensWith(kept, NameParticles.ABU) || holdsArticle(kept);
		}
		return kept <= LONGEST_PARTICLE || opensWith(kept, LATIN_ABU) || holdsArticle(kept);
	}

	/**
	 * Removes a plain article at once: the rule that applies to an Arabic word opening
	 * with «ال» (written with a bare alef or alef wasla) when no other rule comes before
	 * it, the most common case by far.
	 * @return whether the article was removed
	 */
	private boolean removedPlainArticle() {
		int kept = this.foldedLength;
		char raw = this.term.length() > 0 ? this.term.charAt(0) : 0;
		boolean plain = kept - NameParticles.ARTICLE.length() >= NameParticles.MIN_AFTER_ARTICLE
				&& opensWith(kept, NameParticles.ARTICLE) && (raw == ALEF || raw == ALEF_WASLA)
				&& !(kept == NameParticles.ALLAH.length() && opensWith(kept, NameParticles.ALLAH));
		if (plain) {
			int article = NameParticles.ARTICLE.length();
			this.term.copyBuffer(this.term.buffer(), article, this.term.length() - article);
		}
		return plain;
	}

	private boolean holdsArticle(int kept) {
		for (int i = 0; i + 1 < kept; i++) {
			if (this.folded[i] == ArabicAlphabet.ALEF && this.folded[i + 1] == ArabicAlphabet.LAM) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Folds the term into {@link #folded}, keeping its length in {@link #foldedLength}.
	 */
	private int foldTerm() {
		int length = this.term.length();
		if (this.folded.length < length) {
			this.folded = new char[ArrayUtil.oversize(length, Character.BYTES)];
		}
		char[] buffer = this.term.buffer();
		int kept = 0;
		for (int i = 0; i < length; i++) {
			char f = ArabicFolding.fold(buffer[i]);
			if (f != ArabicFolding.DROPPED) {
				this.folded[kept++] = f;
			}
		}
		this.foldedLength = kept;
		return kept;
	}

	private boolean opensWith(int length, String prefix) {
		if (length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (this.folded[i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private boolean hasArticle(String folded) {
		char first = this.term.length() > 0 ? this.term.charAt(0) : 0;
		return (first == ALEF || first == ALEF_WASLA) && folded.startsWith(NameParticles.ARTICLE)
				&& folded.length() - NameParticles.ARTICLE.length() >= NameParticles.MIN_AFTER_ARTICLE
				&& !folded.equals(NameParticles.ALLAH);
	}

	private static int latinAbu(String folded) {
		for (String abu : NameParticles.LATIN_ABU) {
			if (folded.startsWith(abu) && folded.length() - abu.length() >= NameParticles.MIN_AFTER_ABU) {
				return abu.length();
			}
		}
		return 0;
	}

	private static int innerArticle(String folded) {
		if (folded.startsWith(NameParticles.ABD)) {
			return 0;
		}
		int at = folded.indexOf(NameParticles.ARTICLE, NameParticles.MIN_AROUND_INNER_ARTICLE);
		boolean fits = at > 0
				&& folded.length() - at - NameParticles.ARTICLE.length() >= NameParticles.MIN_AROUND_INNER_ARTICLE;
		return fits ? at : 0;
	}

	private boolean next() throws IOException {
		if (!this.pending.isEmpty()) {
			restoreState(this.pending.pollFirst());
			return true;
		}
		return this.input.incrementToken();
	}

	private boolean hasNext() throws IOException {
		State current = captureState();
		boolean found = next();
		if (found) {
			this.pending.addFirst(captureState());
		}
		restoreState(current);
		return found;
	}

	private void joinNext() throws IOException {
		State current = captureState();
		String head = this.term.toString();
		int start = this.offset.startOffset();
		boolean found = next();
		while (found && NameParticles.LATIN_ARTICLES.contains(this.term.toString())) {
			found = next();
		}
		if (!found) {
			restoreState(current);
			return;
		}
		String tail = this.term.toString();
		int end = this.offset.endOffset();
		restoreState(current);
		this.term.setEmpty().append(head).append(tail);
		this.offset.setOffset(start, end);
	}

	/**
	 * Emits the first folded letters of the term as a word of their own and keeps the
	 * rest as the next term.
	 */
	private void split(int foldedLength) {
		int cut = rawIndex(foldedLength);
		int start = this.offset.startOffset();
		int end = this.offset.endOffset();
		int at = Math.min(start + cut, end);
		String raw = this.term.subSequence(0, cut).toString();
		String head = NameParticles.SPELLINGS.getOrDefault(raw, raw);
		this.term.copyBuffer(this.term.buffer(), cut, this.term.length() - cut);
		this.offset.setOffset(at, end);
		this.pending.addFirst(captureState());
		this.term.setEmpty().append(head);
		this.offset.setOffset(start, at);
	}

	private int rawIndex(int foldedLength) {
		int kept = 0;
		int i = 0;
		while (i < this.term.length() && kept < foldedLength) {
			if (ArabicFolding.fold(this.term.charAt(i)) != ArabicFolding.DROPPED) {
				kept++;
			}
			i++;
		}
		return i;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pending.clear();
	}

}
