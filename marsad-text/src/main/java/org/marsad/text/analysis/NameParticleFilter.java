package org.marsad.text.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

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
 * <li>a glued «ابو» is split off the name it precedes;</li>
 * <li>case forms and spellings of «أبو» and «ابن» are replaced by one spelling;</li>
 * <li>the Arabic article «ال» is removed from a name when at least
 * {@value NameParticles#MIN_AFTER_ARTICLE} letters remain («الباغوز» → «باغوز», but
 * «الله» stays).</li>
 * </ul>
 * Expects folded, lower-cased input.
 */
public final class NameParticleFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final Deque<State> pending = new ArrayDeque<>();

	/**
	 * Creates the filter.
	 * @param input folded, lower-cased terms
	 */
	public NameParticleFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (next()) {
			String word = this.term.toString();
			if (NameParticles.LATIN_ARTICLES.contains(word) && hasNext()) {
				continue;
			}
			String spelling = NameParticles.SPELLINGS.get(word);
			if (spelling != null) {
				this.term.setEmpty().append(spelling);
			}
			else if (word.equals(NameParticles.ABD) || NameParticles.LATIN_ABD.contains(word)) {
				joinNext(word);
			}
			else if (word.startsWith(NameParticles.ABU)
					&& word.length() - NameParticles.ABU.length() >= NameParticles.MIN_AFTER_ABU) {
				splitAbu();
			}
			else if (word.startsWith(NameParticles.ARTICLE)
					&& word.length() - NameParticles.ARTICLE.length() >= NameParticles.MIN_AFTER_ARTICLE) {
				int article = NameParticles.ARTICLE.length();
				this.term.copyBuffer(this.term.buffer(), article, word.length() - article);
			}
			return true;
		}
		return false;
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

	private void joinNext(String head) throws IOException {
		State current = captureState();
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

	private void splitAbu() {
		int start = this.offset.startOffset();
		int end = this.offset.endOffset();
		int split = Math.min(start + NameParticles.ABU.length(), end);
		int particle = NameParticles.ABU.length();
		this.term.copyBuffer(this.term.buffer(), particle, this.term.length() - particle);
		this.offset.setOffset(split, end);
		this.pending.addFirst(captureState());
		this.term.setEmpty().append(NameParticles.ABU);
		this.offset.setOffset(start, split);
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pending.clear();
	}

}
