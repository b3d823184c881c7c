package org.marsad.bench.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the queries monitors type against reports such as {@link ReportParagraphs}
 * writes, in six kinds taken in turn.
 * <ul>
 * <li>{@link Kind#WORDS}: one or two words, places and common words, in the spellings of
 * field messages (with and without hamza, teh marbuta as heh), all of which must
 * match</li>
 * <li>{@link Kind#PHRASE}: a quoted phrase of two or three words</li>
 * <li>{@link Kind#PREFIX}: the first letters of a word, then {@code *}</li>
 * <li>{@link Kind#FUZZY}: a misspelled word, then {@code ~}</li>
 * <li>{@link Kind#FIELD}: a word or a value in one field ({@code title:},
 * {@code source:})</li>
 * <li>{@link Kind#DATES}: a word, or none, within a range of days of 2019</li>
 * </ul>
 * Deterministic: the same seed and sequence number give the same query.
 */
public final class SearchQueryMix {

	private static final List<String> WORDS = List.of("مخيم", "عائلة", "عايلة", "العائلات", "غارة", "غارات", "اعتقال",
			"اعتقلت", "شاحنة", "شاحنه", "مساعدات", "المساعدات", "أطفال", "اطفال", "مدنيا", "المشفى", "جروح", "الخارجين",
			"التنظيم", "الأهالي", "الاهالي", "طيران", "الجنسية", "العراقية", "نازحين", "حرجة");

	private static final List<String> PHRASES = List.of("\"مخيم الهول\"", "\"التحالف الدولي\"",
			"\"قوات سوريا الديمقراطية\"", "\"المشفى الميداني\"", "\"نقص حاد\"", "\"مصدر طبي\"", "\"غارة جوية\"",
			"\"عناصر التنظيم\"", "\"حملة الجنسية العراقية\"", "\"الباغوز فوقاني\"", "\"دير الزور\"");

	private static final List<String> PREFIXES = List.of("اعتق*", "مخي*", "شاح*", "الباغ*", "غار*", "مساعد*", "نقل*",
			"خرو*", "ميلي*", "الميا*");

	private static final List<String> FUZZY = List.of("باغوس~", "هجبن~", "مخين~", "شاحنه~1", "مساعداث~", "العشاره~",
			"الميادبن~", "غرانبج~", "طيرات~", "الصومالبة~");

	private static final List<String> FIELDS = List.of("title:ميداني", "title:الباغوز", "title:هجين", "title:الهول",
			"source:\"الراصد 7\"", "source:\"الراصد 23\"", "title:تقرير AND مخيم");

	private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

	private static final int DAYS = 365;

	private static final int LONGEST_RANGE = 30;

	private static final long SEQUENCE_MIX = 0x9E3779B97F4A7C15L;

	private final long seed;

	/**
	 * Creates a generator.
	 * @param seed the seed that, with the sequence number, fixes every query
	 */
	public SearchQueryMix(long seed) {
		this.seed = seed;
	}

	/**
	 * Writes a query.
	 * @param sequence which query of this generator's series; its kind is the sequence
	 * number modulo six
	 * @return the query
	 */
	public MixedQuery query(long sequence) {
		SplittableRandom random = new SplittableRandom(this.seed ^ (sequence * SEQUENCE_MIX));
		Kind kind = Kind.values()[(int) Math.floorMod(sequence, Kind.values().length)];
		return switch (kind) {
			case WORDS -> new MixedQuery(kind, words(random), null, null);
			case PHRASE -> new MixedQuery(kind, pick(random, PHRASES), null, null);
			case PREFIX -> new MixedQuery(kind, pick(random, PREFIXES), null, null);
			case FUZZY -> new MixedQuery(kind, pick(random, FUZZY), null, null);
			case FIELD -> new MixedQuery(kind, pick(random, FIELDS), null, null);
			case DATES -> dated(random);
		};
	}

	private static String words(SplittableRandom random) {
		String first = random.nextBoolean() ? pick(random, MonitorPhrases.PLACES) : pick(random, WORDS);
		return random.nextBoolean() ? first : first + " " + pick(random, WORDS);
	}

	private static MixedQuery dated(SplittableRandom random) {
		LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS - LONGEST_RANGE));
		LocalDate to = from.plusDays(random.nextInt(1, LONGEST_RANGE + 1));
		String text = random.nextInt(4) == 0 ? "" : words(random);
		return new MixedQuery(Kind.DATES, text, from, to);
	}

	private static String pick(SplittableRandom random, List<String> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** The kinds of query, taken in turn. */
	public enum Kind {

		WORDS, PHRASE, PREFIX, FUZZY, FIELD, DATES

	}

	/**
	 * A query as a reader types it.
	 *
	 * @param kind what it exercises
	 * @param text the words in the query syntax, empty for a date range alone
	 * @param from the first day, or {@code null}
	 * @param to the last day, or {@code null}
	 */
	public record MixedQuery(Kind kind, String text, LocalDate from, LocalDate to) {
	}

}
