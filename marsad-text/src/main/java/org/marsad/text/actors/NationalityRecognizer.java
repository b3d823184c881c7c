package org.marsad.text.actors;

import java.util.ArrayList;
import java.util.List;

import org.marsad.text.NationalityMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Vocabulary;
import org.marsad.text.places.NameIndex;

/**
 * Finds nationality adjectives and demonyms in a text («العراقيين», «من الجنسية
 * العراقية», "Iraqis").
 *
 * <p>
 * Rules:
 * <ul>
 * <li>the forms of {@link Nationalities} match whole folded words, with proclitics before
 * the first word, which stay outside the span</li>
 * <li>the longest form wins, so «من الجنسية العراقية» is one mention</li>
 * <li>country names («روسيا», «تركيا») are not nationalities and are not found</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class NationalityRecognizer {

	private final NameIndex<String> forms;

	/**
	 * Indexes a nationality table.
	 * @param nationalities the table
	 */
	public NationalityRecognizer(Nationalities nationalities) {
		this(nationalities, new Vocabulary());
		this.forms.vocabulary().seal();
	}

	/**
	 * Indexes a nationality table on a vocabulary shared with other name dictionaries;
	 * the recogniser works once the vocabulary is sealed.
	 * @param nationalities the table
	 * @param vocabulary the shared vocabulary, not yet sealed
	 */
	public NationalityRecognizer(Nationalities nationalities, Vocabulary vocabulary) {
		NameIndex.Builder<String> builder = NameIndex.builder();
		nationalities.countryByForm().forEach(builder::add);
		this.forms = builder.build(vocabulary);
	}

	/**
	 * Finds the nationalities named in a text.
	 * @param text the folded text
	 * @return mentions in text order, spans in the original text
	 */
	public List<NationalityMention> find(FoldedText text) {
		NameIndex<String>.Scan scan = this.forms.scan(text);
		List<NationalityMention> mentions = new ArrayList<>();
		int word = 0;
		while (word < scan.words().count()) {
			NameIndex.Match<String> match = scan.longestAt(word, true);
			if (match == null) {
				word++;
				continue;
			}
			int start = text.originalStart(match.start());
			int end = text.originalEnd(match.end());
			mentions
				.add(new NationalityMention(start, end, text.original().substring(start, end), match.values().get(0)));
			word = match.endWord();
		}
		return mentions;
	}

}
