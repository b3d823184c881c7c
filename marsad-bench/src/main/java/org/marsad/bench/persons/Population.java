package org.marsad.bench.persons;

import java.util.List;

import org.marsad.persons.linkage.PersonRecord;

/**
 * Generated person records with the truth: which records are the same person.
 *
 * @param records the records, the i-th with id {@code p<i>}
 * @param entities the person behind each record, by record index
 */
public record Population(List<PersonRecord> records, int[] entities) {

	/**
	 * The person behind a record.
	 * @param id a record id
	 * @return the person's number
	 */
	public int entity(String id) {
		return this.entities[index(id)];
	}

	/**
	 * The index of a record id.
	 * @param id an id {@code p<i>}
	 * @return i
	 */
	public static int index(String id) {
		return Integer.parseInt(id, 1, id.length(), 10);
	}

	/**
	 * The pairs of records of the same person.
	 * @return the number of true pairs
	 */
	public long truePairs() {
		long pairs = 0;
		int run = 1;
		for (int i = 1; i <= this.entities.length; i++) {
			if (i < this.entities.length && this.entities[i] == this.entities[i - 1]) {
				run++;
			}
			else {
				pairs += (long) run * (run - 1) / 2;
				run = 1;
			}
		}
		return pairs;
	}

}
