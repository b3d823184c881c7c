package org.marsad.persons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.persons.PersonFields;
import org.marsad.persons.linkage.LinkageIndex;
import org.marsad.persons.linkage.LinkageModel;
import org.marsad.persons.linkage.LinkedPair;
import org.marsad.persons.linkage.Match;
import org.marsad.persons.linkage.PersonRecord;
import org.marsad.persons.linkage.Sex;

/**
 * The registry as the linkage engine sees it: every live person in a
 * {@link LinkageIndex}, built at first use and kept in step with changes.
 * <ul>
 * <li>a birth year counts with its precision: {@code exact} 0 years, {@code about} 2, a
 * {@code decade} 5; a year estimated from an age 1 (the birthday may or may not have
 * passed)</li>
 * <li>household members' names are compared too: two records of the same family share
 * them</li>
 * <li>the default weights and thresholds of the engine are used; they are estimated again
 * from the registry (EM) when it is rebuilt with at least {@value #ESTIMATE_FROM}
 * persons</li>
 * </ul>
 */
class PersonLinkage {

	static final int ESTIMATE_FROM = 1000;

	private final PersonRepository persons;

	private volatile LinkageIndex index;

	PersonLinkage(PersonRepository persons) {
		this.persons = persons;
	}

	/** The candidates for a person as typed, best first. */
	List<Match> candidates(PersonFields fields, int limit) {
		PersonRecord record = new PersonRecord("typed", fields.fullName(), fields.latinNames(), sex(fields.sex()),
				(fields.birthYear() != null) ? fields.birthYear()
						: (fields.age() != null) ? java.time.LocalDate.now().getYear() - fields.age() : null,
				precision(fields.birthPrecision(), fields.birthYear() == null && fields.age() != null),
				fields.nationality(), fields.originPlaceId(), List.of());
		return index().candidates(record, limit);
	}

	/** The candidates for a registered person, best first. */
	List<Match> candidates(PersonRow row) {
		return index().candidates(record(row, householdNames(row)));
	}

	Match compare(PersonRow left, PersonRow right) {
		return index().compare(record(left, householdNames(left)), record(right, householdNames(right)));
	}

	/**
	 * Every pair of the registry to merge or review, from an index built afresh (so that
	 * no change still on its way to the index is missed).
	 */
	List<LinkedPair> pairs() {
		LinkageIndex fresh = build();
		this.index = fresh;
		return fresh.pairs();
	}

	/** Takes a change in: a live person is indexed again, another removed. */
	void update(PersonRow row) {
		LinkageIndex current = this.index;
		if (current == null) {
			return;
		}
		if (row.live()) {
			current.add(record(row, householdNames(row)));
		}
		else {
			current.remove(row.id().toString());
		}
	}

	private LinkageIndex index() {
		LinkageIndex current = this.index;
		if (current == null) {
			synchronized (this) {
				if (this.index == null) {
					this.index = build();
				}
				current = this.index;
			}
		}
		return current;
	}

	private LinkageIndex build() {
		List<PersonRow> rows = this.persons.all();
		Map<UUID, List<PersonRow>> households = new HashMap<>();
		rows.stream()
			.filter((row) -> row.householdId() != null)
			.forEach((row) -> households.computeIfAbsent(row.householdId(), (id) -> new ArrayList<>()).add(row));
		List<PersonRecord> records = rows.stream()
			.map((row) -> record(row,
					(row.householdId() == null) ? List.of()
							: households.get(row.householdId())
								.stream()
								.filter((other) -> !other.id().equals(row.id()))
								.map(PersonRow::fullName)
								.toList()))
			.toList();
		LinkageIndex built = new LinkageIndex(LinkageModel.defaults());
		built.addAll(records);
		if (records.size() >= ESTIMATE_FROM) {
			built.useModel(LinkageModel.estimate(built));
		}
		return built;
	}

	private List<String> householdNames(PersonRow row) {
		if (row.householdId() == null) {
			return List.of();
		}
		return this.persons.members(row.householdId())
			.stream()
			.filter((other) -> !other.id().equals(row.id()))
			.map(PersonRow::fullName)
			.toList();
	}

	static PersonRecord record(PersonRow row, List<String> householdNames) {
		boolean fromAge = row.birthYear() == null && row.age() != null;
		Integer year = (row.birthYear() != null) ? row.birthYear()
				: (fromAge && row.ageOn() != null) ? row.ageOn().getYear() - row.age() : null;
		return new PersonRecord(row.id().toString(), row.fullName(), row.latinList(), sex(row.sex()), year,
				precision(row.birthPrecision(), fromAge), row.nationality(), row.originPlaceId(), householdNames);
	}

	private static Sex sex(String code) {
		if ("female".equals(code)) {
			return Sex.FEMALE;
		}
		return "male".equals(code) ? Sex.MALE : null;
	}

	private static int precision(String code, boolean fromAge) {
		if (fromAge) {
			return 1;
		}
		if ("decade".equals(code)) {
			return 5;
		}
		return "about".equals(code) ? 2 : 0;
	}

}
