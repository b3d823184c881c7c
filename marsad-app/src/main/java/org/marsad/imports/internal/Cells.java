package org.marsad.imports.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.events.StatedValue;
import org.marsad.text.DateMention;
import org.marsad.text.NumberMention;
import org.marsad.text.dates.DateRecognizer;
import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.numbers.NumberRecognizer;
import org.marsad.text.vocabulary.DatePrecision;

/**
 * Reads the cells of a sheet as people write them, with the text engine for what is not a
 * plain value. Each reader returns {@code null} for a cell it cannot read; the caller
 * names the problem.
 * <ul>
 * <li>Numbers: digits in any script with {@code ,} {@code ٬} thousands separators and
 * {@code .} {@code ٫} decimals are exact; anything else («أكثر من ٦٠٠٠», «نحو 3370»,
 * «عشرات», «ثلاثة آلاف») must hold exactly one number as the text engine reads it, with
 * its qualifier and interval (DESIGN, "Figure qualifiers"). Percentages are not
 * counts.</li>
 * <li>Dates: {@code 2019-01-31} and {@code 2019/01/31}; day first in {@code 31/1/2019},
 * {@code 31-1-2019} and {@code 31.1.2019} (the order used in Arabic and European
 * spreadsheets); {@code 2019-01} is a month and {@code 2019} a year; anything else must
 * hold exactly one date as the text engine reads it («31 كانون الثاني 2019», «يناير
 * ٢٠١٩»), resolved against the day of the import.</li>
 * <li>Yes/no: {@code yes}, {@code true}, {@code 1}, «نعم» and {@code no}, {@code false},
 * {@code 0}, «لا».</li>
 * <li>Codes: lower case, with spaces, hyphens and slashes as {@code _}
 * ({@code "Remote violence"} → {@code remote_violence}).</li>
 * </ul>
 */
final class Cells {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

	private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Set<String> YES = Set.of("yes", "y", "true", "1", "نعم");

	private static final Set<String> NO = Set.of("no", "n", "false", "0", "لا");

	private final NumberRecognizer numbers = new NumberRecognizer();

	private final DateRecognizer dates = new DateRecognizer();

	private final LocalDate today;

	Cells(LocalDate today) {
		this.today = today;
	}

	/** Whether a cell holds nothing but white space. */
	static boolean blank(String cell) {
		return cell == null || cell.isBlank();
	}

	/** A number as stated, or {@code null}. */
	StatedValue number(String cell) {
		String folded = ArabicFolding.fold(cell.strip());
		if (PLAIN_NUMBER.matcher(folded).matches()) {
			return exact(new BigDecimal(folded.replace(",", "")));
		}
		List<NumberMention> found = this.numbers.find(FoldedText.of(cell));
		if (found.size() != 1 || found.get(0).percent() || !onlyWordsAround(cell, found.get(0))) {
			return null;
		}
		NumberMention number = found.get(0);
		return new StatedValue(number.qualifier().code(), number.low(), number.best(), number.high());
	}

	/**
	 * Whether the rest of a cell, outside its one number, holds only words and spaces
	 * (the counted noun: «عائلة», «families»), not digits or symbols that would make the
	 * number a part of something else («<b>1</b>», «2019/3»).
	 */
	private static boolean onlyWordsAround(String cell, NumberMention number) {
		for (int i = 0; i < cell.length(); i++) {
			if (i >= number.start() && i < number.end()) {
				continue;
			}
			char c = cell.charAt(i);
			if (!Character.isLetter(c) && !Character.isWhitespace(c)
					&& Character.getType(c) != Character.NON_SPACING_MARK
					&& ArabicFolding.fold(c) != ArabicFolding.DROPPED) {
				return false;
			}
		}
		return true;
	}

	/** A plain number without qualifier (a bound), or {@code null}. */
	static BigDecimal plainNumber(String cell) {
		String folded = ArabicFolding.fold(cell.strip());
		return PLAIN_NUMBER.matcher(folded).matches() ? new BigDecimal(folded.replace(",", "")) : null;
	}

	/** A whole number, or {@code null}. */
	static Integer whole(String cell) {
		BigDecimal number = plainNumber(cell);
		if (number == null || number.scale() > 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			return null;
		}
		return number.intValueExact();
	}

	/** A day, month or year as an interval, or {@code null}. */
	DateCell date(String cell) {
		String folded = ArabicFolding.fold(cell.strip());
		try {
			Matcher m = ISO_DAY.matcher(folded);
			if (m.matches()) {
				return day(LocalDate.of(group(m, 1), group(m, 2), group(m, 3)));
			}
			m = DAY_FIRST.matcher(folded);
			if (m.matches()) {
				return day(LocalDate.of(group(m, 3), group(m, 2), group(m, 1)));
			}
			m = MONTH.matcher(folded);
			if (m.matches()) {
				YearMonth month = YearMonth.of(group(m, 1), group(m, 2));
				return new DateCell(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
			}
			if (YEAR.matcher(folded).matches()) {
				int year = Integer.parseInt(folded);
				return new DateCell(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return spelled(cell);
	}

	private DateCell spelled(String cell) {
		List<DateMention> found = this.dates.find(FoldedText.of(cell), this.today);
		if (found.size() != 1) {
			return null;
		}
		DateMention date = found.get(0);
		return new DateCell(date.from(), date.to(), date.precision());
	}

	/** Yes or no, or {@code null}. */
	static Boolean flag(String cell) {
		String value = ArabicFolding.fold(cell.strip()).toLowerCase(Locale.ROOT);
		if (YES.contains(value)) {
			return Boolean.TRUE;
		}
		return NO.contains(value) ? Boolean.FALSE : null;
	}

	/** A vocabulary code as the API takes it, or {@code null} for a blank cell. */
	static String code(String cell) {
		if (blank(cell)) {
			return null;
		}
		return cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s/\\-]+", "_");
	}

	private static StatedValue exact(BigDecimal value) {
		return new StatedValue("exact", value, value, value);
	}

	private static DateCell day(LocalDate day) {
		return new DateCell(day, day, DatePrecision.DAY);
	}

	private static int group(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

	/**
	 * A date cell as an interval.
	 *
	 * @param from the first day
	 * @param to the last day
	 * @param precision how precise it was written
	 */
	record DateCell(LocalDate from, LocalDate to, DatePrecision precision) {
	}

}
