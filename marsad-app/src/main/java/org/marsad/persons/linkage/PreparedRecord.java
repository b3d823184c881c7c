package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.marsad.text.normalize.ArabicFolding;

/**
 * A {@link PersonRecord} as the engine compares it: name parts as shared tokens, one set
 * per spelling (the name as written and each Latin spelling), household members by the
 * keys of their given names, and the record's blocking keys.
 */
final class PreparedRecord {

	static final int GIVEN = 0;

	static final int FATHER = 1;

	static final int GRANDFATHER = 2;

	static final int FAMILY = 3;

	static final int PARTS = 4;

	static final int NO_YEAR = Integer.MIN_VALUE;

	final String id;

	/** One row per spelling: given, father, grandfather, family (null when absent). */
	final NameToken[][] names;

	final int birthYear;

	final int yearPrecision;

	/** 0 unknown, 1 female, 2 male. */
	final int sex;

	final String origin;

	final String nationality;

	/** The other household members: given name and family name (or null), each once. */
	final NameToken[][] household;

	/** Sorted, each once. */
	final long[] blockKeys;

	private PreparedRecord(PersonRecord record, NameToken[][] names, NameToken[][] household, Vocabulary vocabulary) {
		this.id = record.id();
		this.names = names;
		this.birthYear = (record.birthYear() != null) ? record.birthYear() : NO_YEAR;
		this.yearPrecision = record.yearPrecision();
		this.sex = (record.sex() != null) ? record.sex().ordinal() + 1 : 0;
		this.origin = vocabulary.value(folded(record.origin()));
		this.nationality = vocabulary
			.value((record.nationality() != null) ? record.nationality().strip().toUpperCase(Locale.ROOT) : null);
		this.household = household;
		this.blockKeys = BlockingKeys.of(names);
	}

	static PreparedRecord of(PersonRecord record, NameParser parser, Vocabulary vocabulary) {
		List<NameToken[]> names = new ArrayList<>(1 + record.latinNames().size());
		addName(parser.parse(record.fullName()), vocabulary, names);
		for (String latin : record.latinNames()) {
			addName(parser.parse(latin), vocabulary, names);
		}
		List<NameToken[]> members = new ArrayList<>(record.householdNames().size());
		for (String member : record.householdNames()) {
			ParsedName parsed = parser.parse(member);
			NameToken given = vocabulary.token((parsed.given() != null) ? parsed.given() : parsed.family());
			NameToken family = (parsed.given() != null) ? vocabulary.token(parsed.family()) : null;
			NameToken[] pair = { given, family };
			if (given != null && members.stream().noneMatch((known) -> Arrays.equals(known, pair))) {
				members.add(pair);
			}
		}
		return new PreparedRecord(record, names.toArray(NameToken[][]::new), members.toArray(NameToken[][]::new),
				vocabulary);
	}

	private static void addName(ParsedName parsed, Vocabulary vocabulary, List<NameToken[]> names) {
		if (parsed.isEmpty()) {
			return;
		}
		NameToken[] parts = { vocabulary.token(parsed.given()), vocabulary.token(parsed.father()),
				vocabulary.token(parsed.grandfather()), vocabulary.token(parsed.family()) };
		for (NameToken[] known : names) {
			if (Arrays.equals(known, parts)) {
				return;
			}
		}
		names.add(parts);
	}

	private static String folded(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String folded = ArabicFolding.fold(value.strip());
		return folded.startsWith(NameParticles.ARTICLE) ? folded.substring(NameParticles.ARTICLE.length()) : folded;
	}

}
