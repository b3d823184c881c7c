package org.marsad.bench.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.marsad.persons.linkage.PersonRecord;
import org.marsad.persons.linkage.Sex;

/**
 * Builds a synthetic population of displaced families from the shared name lists, and the
 * records that sources write about them, keeping the truth.
 * <ul>
 * <li>Households: a head of household, usually a spouse from another family, and up to
 * six children who carry the head's name as father and the head's father as grandfather,
 * so that siblings share father, grandfather and family, as real siblings do. Household
 * nationality (Iraqi, Syrian, a few others) and place of origin are drawn once.</li>
 * <li>Names are drawn by Zipf's law over the lists, common names first: exponent 1 for
 * given names («محمد» for about one man in eight), 0.7 for family names.</li>
 * <li>Each person is written about by k sources, k drawn by Zipf's law (exponent 2.2, at
 * most 12): most people once, a few many times. The records of one person are
 * consecutive.</li>
 * <li>Every record may write hamza and alef forms, teh marbuta, alef maksura, «عبد»
 * compounds and diacritics differently ({@link Corruptions}); every record but the first
 * of a person may drop the grandfather (1 in 5) or the family name (1 in 12), swap father
 * and grandfather (1 in 30), write «بن» between the links, hold a typing error (1 in 8),
 * be written in Latin letters from the dictionaries' spellings (1 in 8), and be off by up
 * to two years of birth (2 in 5).</li>
 * <li>Sex, birth year, nationality, origin and household members are each missing from
 * some records; household members are a random part of the household, by given and family
 * name.</li>
 * </ul>
 */
public final class PopulationGenerator {

	private static final String[] PLACES = { "الموصل", "الرقة", "دير الزور", "الباغوز", "هجين", "الحسكة", "تلعفر",
			"الفلوجة", "الرمادي", "حلب", "إدلب", "حمص", "تكريت", "كركوك", "سنجار", "البوكمال", "الميادين", "منبج",
			"الشدادي", "القائم", "عانة", "راوة", "السوسة", "الشعفة", "الطبقة", "تل أبيض", "بيجي", "الشرقاط", "حديثة",
			"الصور" };

	private static final String[] OTHER_NATIONALITIES = { "TR", "RU", "SO", "TN", "MA", "EG", "SA", "PH" };

	private static final double NAME_EXPONENT = 1.0;

	/** Flatter than given names: the largest family is about one person in 25. */
	private static final double FAMILY_EXPONENT = 0.7;

	private static final double COPY_EXPONENT = 2.2;

	private static final int MAX_COPIES = 12;

	private static final int MAX_CHILDREN = 6;

	private static final int FIRST_YEAR = 1945;

	private static final int YEARS = 50;

	private static final int LAST_YEAR = 2025;

	private final NameLists names;

	private final Random random;

	private final Zipf maleZipf;

	private final Zipf femaleZipf;

	private final Zipf familyZipf;

	private final Zipf placeZipf = new Zipf(PLACES.length, NAME_EXPONENT);

	private final Zipf copies = new Zipf(MAX_COPIES, COPY_EXPONENT);

	private final SourceWriter writer;

	PopulationGenerator(NameLists names, long seed) {
		this.names = names;
		this.random = new Random(seed);
		this.maleZipf = new Zipf(names.male().size(), NAME_EXPONENT);
		this.femaleZipf = new Zipf(names.female().size(), NAME_EXPONENT);
		this.familyZipf = new Zipf(names.families().size(), FAMILY_EXPONENT);
		this.writer = new SourceWriter(names, this.random);
	}

	/**
	 * Generates about {@code size} records (exactly that many, the last person's records
	 * cut short).
	 * @param names the shared name lists
	 * @param size how many records
	 * @param seed the seed; the same seed gives the same population
	 * @return the records and their truth
	 */
	public static Population generate(NameLists names, int size, long seed) {
		return new PopulationGenerator(names, seed).generate(size);
	}

	Population generate(int size) {
		List<PersonRecord> records = new ArrayList<>(size);
		int[] entities = new int[size];
		int entity = 0;
		int household = 0;
		while (records.size() < size) {
			List<Individual> members = household(household++, entity);
			entity += members.size();
			String nationality = nationality();
			String origin = PLACES[this.placeZipf.next(this.random)];
			for (Individual person : members) {
				int k = 1 + this.copies.next(this.random);
				for (int copy = 0; copy < k && records.size() < size; copy++) {
					entities[records.size()] = person.entity();
					records.add(this.writer.write("p" + records.size(), person, copy, members, nationality, origin));
				}
			}
		}
		return new Population(records, entities);
	}

	private List<Individual> household(int household, int firstEntity) {
		List<Individual> members = new ArrayList<>();
		String family = family();
		int headYear = FIRST_YEAR + this.random.nextInt(YEARS);
		Individual head = new Individual(firstEntity, male(), male(), male(), family, Sex.MALE, headYear, household);
		members.add(head);
		if (this.random.nextInt(10) < 8) {
			int year = Math.min(LAST_YEAR - 16, headYear + this.random.nextInt(11));
			members
				.add(new Individual(firstEntity + 1, female(), male(), male(), family(), Sex.FEMALE, year, household));
			int children = this.random.nextInt(MAX_CHILDREN + 1);
			for (int c = 0; c < children; c++) {
				Sex sex = this.random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
				String given = distinctGiven(sex, members);
				int born = year + 18 + this.random.nextInt(22);
				if (born > LAST_YEAR) {
					continue;
				}
				members.add(new Individual(firstEntity + members.size(), given, head.given(), head.father(), family,
						sex, born, household));
			}
		}
		return members;
	}

	private String distinctGiven(Sex sex, List<Individual> members) {
		String given;
		boolean taken;
		do {
			String drawn = (sex == Sex.MALE) ? male() : female();
			given = drawn;
			taken = members.stream().anyMatch((m) -> m.given().equals(drawn));
		}
		while (taken);
		return given;
	}

	private String male() {
		return this.names.male().get(this.maleZipf.next(this.random));
	}

	private String female() {
		return this.names.female().get(this.femaleZipf.next(this.random));
	}

	private String family() {
		return this.names.families().get(this.familyZipf.next(this.random));
	}

	private String nationality() {
		int draw = this.random.nextInt(100);
		if (draw < 55) {
			return "IQ";
		}
		return (draw < 95) ? "SY" : OTHER_NATIONALITIES[this.random.nextInt(OTHER_NATIONALITIES.length)];
	}

}
