package org.marsad.text.places;

import java.util.ArrayList;
import java.util.List;

import org.marsad.text.Place;
import org.marsad.text.PlaceMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Vocabulary;
import org.marsad.text.normalize.Words;

/**
 * Finds the places of a gazetteer named in a text, Arabic or English.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>names and aliases match whole words of the folded text, so hamza and alef forms,
 * teh marbuta, tatweel and diacritics do not matter</li>
 * <li>proclitics may precede the first word ({@link Proclitics}); they stay outside the
 * span</li>
 * <li>a qualifier before the name, or in English after it, joins the span and steers the
 * choice of kind ({@link PlaceQualifier})</li>
 * <li>a one-word name that is a common word ({@link CommonWords}) matches only after a
 * qualifier</li>
 * <li>a match in Latin letters needs a capital letter somewhere in its span ("Hit" the
 * town, not "hit")</li>
 * <li>the longest match wins; when a qualified match and a plain one are as long, the
 * plain one (a name in the gazetteer, «ريف دمشق») wins if it stands for a kind the
 * qualifier prefers, else the qualified one («مدينة إدلب», an alias of the district, is
 * the town)</li>
 * <li>matches do not overlap: scanning resumes after the last word of a match</li>
 * <li>a name shared by several places is resolved by {@link PlaceChoice}</li>
 * </ul>
 * Immutable and thread-safe once built; building is the costly part, so share one
 * instance.
 */
public final class PlaceRecognizer {

	private static final char LATIN_SMALL_A = 'a';

	private static final char LATIN_SMALL_Z = 'z';

	private final NameIndex<Place> names;

	private final NameIndex<Place> qualifiedNames;

	private final NameIndex<PlaceQualifier> prefixes;

	private final NameIndex<PlaceQualifier> suffixes;

	private final NameIndex<String> directions;

	private final PlaceChoice choice;

	/**
	 * Indexes a gazetteer's names and aliases.
	 * @param gazetteer the gazetteer
	 */
	public PlaceRecognizer(Gazetteer gazetteer) {
		this(gazetteer, CommonWords.standard());
	}

	/**
	 * Indexes a gazetteer's names and aliases, one-word names that are common words
	 * apart.
	 * @param gazetteer the gazetteer
	 * @param commonWords names that match only after a qualifier
	 */
	public PlaceRecognizer(Gazetteer gazetteer, CommonWords commonWords) {
		this(gazetteer, commonWords, new Vocabulary());
		this.names.vocabulary().seal();
	}

	/**
	 * Indexes a gazetteer's names and aliases on a vocabulary shared with other name
	 * dictionaries; the recogniser works once the vocabulary is sealed.
	 * @param gazetteer the gazetteer
	 * @param commonWords names that match only after a qualifier
	 * @param vocabulary the shared vocabulary, not yet sealed
	 */
	public PlaceRecognizer(Gazetteer gazetteer, CommonWords commonWords, Vocabulary vocabulary) {
		NameIndex.Builder<Place> builder = NameIndex.builder();
		NameIndex.Builder<Place> qualifiedBuilder = NameIndex.builder();
		for (Place place : gazetteer.places()) {
			List<String> names = new ArrayList<>(place.aliases().size() + 2);
			names.add(place.nameAr());
			names.add(place.nameEn());
			names.addAll(place.aliases());
			for (String name : names) {
				if (name != null && !name.isBlank()) {
					(commonWords.contains(name) ? qualifiedBuilder : builder).add(name, place);
				}
			}
		}
		this.names = builder.build(vocabulary);
		this.qualifiedNames = qualifiedBuilder.build(vocabulary);
		NameIndex.Builder<PlaceQualifier> before = NameIndex.builder();
		NameIndex.Builder<PlaceQualifier> after = NameIndex.builder();
		for (PlaceQualifier qualifier : PlaceQualifier.values()) {
			qualifier.prefixes().forEach((word) -> before.add(word, qualifier));
			qualifier.suffixes().forEach((word) -> after.add(word, qualifier));
		}
		this.prefixes = before.build(vocabulary);
		this.suffixes = after.build(vocabulary);
		NameIndex.Builder<String> direction = NameIndex.builder();
		PlaceQualifier.DIRECTIONS.forEach((word) -> direction.add(word, word));
		this.directions = direction.build(vocabulary);
		this.choice = new PlaceChoice(gazetteer);
	}

	/**
	 * Finds the places named in a text.
	 * @param text the folded text
	 * @return mentions in text order, spans in the original text
	 */
	public List<PlaceMention> find(FoldedText text) {
		Words words = text.words();
		Scans scans = new Scans(this.names.scan(text), this.qualifiedNames.scan(text), this.prefixes.scan(text),
				this.suffixes.scan(text), this.directions.scan(text), words.count());
		List<PlaceCandidates> found = new ArrayList<>();
		int word = 0;
		while (word < words.count()) {
			PlaceCandidates match = matchAt(scans, word);
			if (match == null || !isProperNoun(text, match)) {
				word++;
				continue;
			}
			found.add(match);
			word = match.endWord();
		}
		List<PlaceMention> mentions = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			PlaceCandidates span = found.get(i);
			int start = text.originalStart(span.start());
			int end = text.originalEnd(span.end());
			mentions
				.add(new PlaceMention(start, end, text.original().substring(start, end), this.choice.choose(found, i)));
		}
		return mentions;
	}

	private static PlaceCandidates matchAt(Scans scans, int word) {
		NameIndex.Match<Place> direct = scans.names().longestAt(word, true);
		PlaceCandidates qualified = qualifiedAt(scans, word);
		if (qualified != null && (direct == null || qualified.endWord() > direct.endWord()
				|| (qualified.endWord() == direct.endWord() && !fits(direct.values(), qualified.qualifier())))) {
			return qualified;
		}
		if (direct == null) {
			return null;
		}
		PlaceCandidates plain = new PlaceCandidates(direct.start(), direct.end(), direct.endWord(), direct.values(),
				null);
		if (direct.endWord() < scans.count()) {
			NameIndex.Match<PlaceQualifier> suffix = scans.suffixes().longestAt(direct.endWord(), false);
			if (suffix != null) {
				return plain.withQualifier(suffix.end(), suffix.endWord(), suffix.values().get(0));
			}
		}
		return plain;
	}

	private static boolean fits(List<Place> places, PlaceQualifier qualifier) {
		return places.stream().anyMatch((place) -> qualifier.preferred().contains(place.kind()));
	}

	private static PlaceCandidates qualifiedAt(Scans scans, int word) {
		NameIndex.Match<PlaceQualifier> qualifier = scans.prefixes().longestAt(word, true);
		if (qualifier == null || qualifier.endWord() >= scans.count()) {
			return null;
		}
		NameIndex.Match<Place> named = scans.names().longestAt(qualifier.endWord(), false);
		NameIndex.Match<Place> common = scans.qualifiedNames().longestAt(qualifier.endWord(), false);
		if (named == null || (common != null && common.endWord() > named.endWord())) {
			named = common;
		}
		if (named == null) {
			return null;
		}
		PlaceQualifier kind = qualifier.values().get(0);
		int end = named.end();
		int endWord = named.endWord();
		if (kind.takesDirection() && endWord < scans.count()) {
			NameIndex.Match<String> direction = scans.directions().longestAt(endWord, false);
			if (direction != null) {
				end = direction.end();
				endWord = direction.endWord();
			}
		}
		return new PlaceCandidates(qualifier.start(), end, endWord, named.values(), kind);
	}

	/**
	 * A Latin-script mention must hold a capital letter in the original, as English place
	 * names do, so that names like Hit or Sur do not match the common words.
	 */
	private static boolean isProperNoun(FoldedText text, PlaceCandidates match) {
		char first = text.charAt(match.start());
		if (first < LATIN_SMALL_A || first > LATIN_SMALL_Z) {
			return true;
		}
		int end = text.originalEnd(match.end());
		for (int i = text.originalStart(match.start()); i < end; i++) {
			if (Character.isUpperCase(text.original().charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private record Scans(NameIndex<Place>.Scan names, NameIndex<Place>.Scan qualifiedNames,
			NameIndex<PlaceQualifier>.Scan prefixes, NameIndex<PlaceQualifier>.Scan suffixes,
			NameIndex<String>.Scan directions, int count) {
	}

}
