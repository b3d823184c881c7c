package org.marsad.text.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.marsad.text.DateMention;
import org.marsad.text.normalize.FoldedText;

/**
 * Finds the dates and date ranges of an Arabic or English report and resolves each to an
 * interval against the publication date.
 *
 * <p>
 * The text is read once, left to right, as tokens (see {@link DateTokenizer}); at each
 * token the {@link DateGrammar} keeps its longest reading and the scan goes on after it.
 * Every rule looks a bounded number of tokens ahead, so the time is linear in the text.
 * What is read:
 * <ul>
 * <li>Gregorian months in their Levantine, Egyptian/Gulf, Maghrebi and English names, and
 * paired names («كانون الثاني / يناير»); Hijri months through
 * {@link java.time.chrono.HijrahDate}</li>
 * <li>days with months and years, day ordinals in words, numeric dates (day first), years
 * («عام 2019», «2019م») ({@link DayGrammar}, {@link NumericDates})</li>
 * <li>parts of months and years in thirds («أواخر كانون الثاني», «مطلع العام»)
 * ({@link PartGrammar})</li>
 * <li>weekdays («يوم الخميس الماضي», «الاثنين 12 يناير») ({@link WeekdayGrammar})</li>
 * <li>days, weeks, months and years named from publication («أمس», «الأسبوع الماضي», «قبل
 * نحو 10 أيام») ({@link RelativeGrammar}) and the stretch up to it («خلال الساعات الـ 24
 * الماضية») ({@link PeriodGrammar})</li>
 * <li>ranges as one mention: «منذ X وحتى Y», «منذ X» (to publication), «بين X و Y», «من X
 * إلى Y», days sharing a month ({@link RangeGrammar})</li>
 * <li>the same in English: "23 January 2019", "January 23, 2019", "yesterday", "last
 * week", "since 1 December", "mid-January"</li>
 * </ul>
 * Reports speak of the past: what the text leaves open resolves to the most recent date
 * not after publication (see {@link PastCalendar}). What cannot be resolved is left out.
 *
 * <p>
 * Instances hold only the read-only vocabulary and are safe to share between threads.
 */
public final class DateRecognizer {

	private final DateTokenizer tokenizer;

	/** Builds the recogniser and reads its vocabulary; build it once and share it. */
	public DateRecognizer() {
		this.tokenizer = new DateTokenizer(DateLexicon.load());
	}

	/**
	 * Finds the dates of a text.
	 * @param text the folded text
	 * @param published the publication date that relative and partial dates resolve
	 * against
	 * @return the mentions in text order, with spans in the original text
	 */
	public List<DateMention> find(FoldedText text, LocalDate published) {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(published, "published");
		DateTokens tokens = this.tokenizer.tokenize(text);
		DateGrammar grammar = new DateGrammar(tokens, published);
		List<DateMention> mentions = new ArrayList<>();
		int i = 0;
		while (i < tokens.count()) {
			if (cannotStartDate(tokens.kind(i))) {
				i++;
				continue;
			}
			Reading reading = readAt(grammar, i);
			if (reading == null || reading.end() <= i) {
				i++;
				continue;
			}
			if (reading.resolved()) {
				mentions.add(mention(text, tokens, i, reading));
				grammar.follow(reading.to());
			}
			i = reading.end();
		}
		return mentions;
	}

	/**
	 * Whether no rule can start at a token of this kind: every rule of the grammar starts
	 * at a number, a spelled number or a date word (month, weekday, unit, particle),
	 * never at another word or at punctuation, which most tokens of a report are.
	 */
	private static boolean cannotStartDate(WordKind kind) {
		return kind == WordKind.WORD || kind == WordKind.PUNCT;
	}

	/**
	 * Reads at one token; a date pushed outside the range of {@code java.time} (a
	 * distance of thousands of years, a publication date at the end of time) is left out.
	 */
	private static Reading readAt(DateGrammar grammar, int i) {
		try {
			return grammar.read(i);
		}
		catch (DateTimeException | ArithmeticException ex) {
			return null;
		}
	}

	/** The mention of a reading; a leading conjunction و is left out of its span. */
	private static DateMention mention(FoldedText text, DateTokens tokens, int first, Reading reading) {
		int start = text.originalStart(tokens.start(first) + (tokens.conjoined(first) ? 1 : 0));
		int end = text.originalEnd(tokens.end(reading.end() - 1));
		return new DateMention(start, end, text.original().substring(start, end), reading.from(), reading.to(),
				reading.precision());
	}

}
