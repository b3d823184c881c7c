package org.marsad.text.actors;

import java.util.ArrayList;
import java.util.List;

import org.marsad.text.ActorMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Vocabulary;
import org.marsad.text.places.NameIndex;

/**
 * Finds the actors of a catalogue named in a text.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>names and aliases match whole folded words, with proclitics before the first word
 * (و، ف، ب، ل، ك and «لل»), which stay outside the span; the matching is the one places
 * use ({@link NameIndex})</li>
 * <li>the longest name wins («الجيش الوطني السوري» is sna, not «الجيش السوري»)</li>
 * <li>Latin names of up to three capitals («IS», «SDF», «HTS») match only when written in
 * capitals: the folded text is lower-case, so the original slice is checked</li>
 * <li>a name shared by two actors goes to the one listed first in the catalogue</li>
 * <li>«التنظيم» alone is isis, as it is in this domain's reporting</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ActorRecognizer {

	private final NameIndex<ActorName> names;

	/**
	 * Indexes a catalogue.
	 * @param catalogue the catalogue
	 */
	public ActorRecognizer(ActorCatalogue catalogue) {
		this(catalogue, new Vocabulary());
		this.names.vocabulary().seal();
	}

	/**
	 * Indexes a catalogue on a vocabulary shared with other name dictionaries; the
	 * recogniser works once the vocabulary is sealed.
	 * @param catalogue the catalogue
	 * @param vocabulary the shared vocabulary, not yet sealed
	 */
	public ActorRecognizer(ActorCatalogue catalogue, Vocabulary vocabulary) {
		NameIndex.Builder<ActorName> builder = NameIndex.builder();
		for (Actor actor : catalogue.actors()) {
			for (String name : actor.allNames()) {
				if (!name.isBlank()) {
					builder.add(name, ActorName.of(actor.id(), name));
				}
			}
		}
		this.names = builder.build(vocabulary);
	}

	/**
	 * Finds the actors named in a text.
	 * @param text the folded text
	 * @return mentions in text order, spans in the original text
	 */
	public List<ActorMention> find(FoldedText text) {
		NameIndex<ActorName>.Scan scan = this.names.scan(text);
		List<ActorMention> mentions = new ArrayList<>();
		int word = 0;
		while (word < scan.words().count()) {
			NameIndex.Match<ActorName> match = scan.longestAt(word, true);
			ActorMention mention = (match != null) ? mention(text, match) : null;
			if (mention == null) {
				word++;
				continue;
			}
			mentions.add(mention);
			word = match.endWord();
		}
		return mentions;
	}

	private static ActorMention mention(FoldedText text, NameIndex.Match<ActorName> match) {
		int start = text.originalStart(match.start());
		int end = text.originalEnd(match.end());
		String written = text.original().substring(start, end);
		for (ActorName name : match.values()) {
			if (name.fits(written)) {
				return new ActorMention(start, end, written, name.actorId());
			}
		}
		return null;
	}

}
