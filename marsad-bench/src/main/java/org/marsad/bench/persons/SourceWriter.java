package org.marsad.bench.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.marsad.persons.linkage.PersonRecord;

/**
 * Writes one source's record of a person, with the variations and errors that
 * {@link PopulationGenerator} lists. The first record of a person keeps the name's parts
 * as they are; later ones may lose or swap parts and hold errors.
 */
final class SourceWriter {

	private static final String SON_OF = "بن";

	private final NameLists names;

	private final Random random;

	SourceWriter(NameLists names, Random random) {
		this.names = names;
		this.random = random;
	}

	PersonRecord write(String id, Individual person, int copy, List<Individual> household, String nationality,
			String origin) {
		boolean later = copy > 0;
		boolean latin = later && chance(1, 8);
		List<String> parts = parts(person, later);
		int typo = (later && chance(1, 8)) ? this.random.nextInt(parts.size()) : -1;
		String fullName = latin ? latin(parts, typo) : arabic(parts, later && chance(1, 20), typo);
		List<String> latinNames = (!latin && chance(1, 12)) ? List.of(latin(parts, -1)) : List.of();
		Integer year = chance(1, 5) ? null : person.birthYear() + (later && chance(2, 5) ? shift() : 0);
		int precision = chance(1, 2) ? 0 : 1;
		return new PersonRecord(id, fullName, latinNames, chance(1, 7) ? null : person.sex(), year,
				(year != null) ? precision : 0, chance(1, 4) ? null : nationality, chance(2, 5) ? null : origin,
				members(person, household, latin));
	}

	private List<String> parts(Individual person, boolean later) {
		String father = person.father();
		String grandfather = person.grandfather();
		if (later && chance(1, 30)) {
			String swapped = father;
			father = grandfather;
			grandfather = swapped;
		}
		List<String> parts = new ArrayList<>(4);
		parts.add(person.given());
		parts.add(father);
		if (!(later && chance(1, 5))) {
			parts.add(grandfather);
		}
		if (!(later && chance(1, 12))) {
			parts.add(person.family());
		}
		return parts;
	}

	private String arabic(List<String> parts, boolean withSonOf, int typo) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < parts.size(); i++) {
			if (i > 0) {
				name.append(' ');
				if (withSonOf && i < 3 && !parts.get(i).startsWith("ال")) {
					name.append(SON_OF).append(' ');
				}
			}
			String word = (i == typo) ? Corruptions.typo(parts.get(i), this.random) : parts.get(i);
			name.append(spelled(word));
		}
		return name.toString();
	}

	private String spelled(String word) {
		String spelled = word;
		if (chance(1, 3)) {
			spelled = Corruptions.hamza(spelled, this.random);
		}
		if (chance(1, 3)) {
			spelled = Corruptions.ending(spelled);
		}
		if (chance(1, 2)) {
			spelled = Corruptions.apart(spelled);
		}
		if (chance(1, 20)) {
			spelled = Corruptions.marks(spelled, this.random);
		}
		return spelled;
	}

	private String latin(List<String> parts, int typo) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < parts.size(); i++) {
			if (!name.isEmpty()) {
				name.append(' ');
			}
			String word = this.names.latin(parts.get(i), this.random);
			name.append((i == typo) ? Corruptions.typo(word, this.random) : word);
		}
		return name.toString();
	}

	private List<String> members(Individual person, List<Individual> household, boolean latin) {
		if (household.size() < 2 || chance(1, 2)) {
			return List.of();
		}
		List<String> members = new ArrayList<>();
		for (Individual member : household) {
			if (member != person && chance(2, 3)) {
				List<String> name = List.of(member.given(), member.family());
				members.add(latin ? latin(name, -1) : arabic(name, false, -1));
			}
		}
		return members;
	}

	private int shift() {
		int years = 1 + this.random.nextInt(2);
		return this.random.nextBoolean() ? years : -years;
	}

	private boolean chance(int in, int of) {
		return this.random.nextInt(of) < in;
	}

}
