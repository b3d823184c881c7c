package org.marsad.tallies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.marsad.intake.FieldProblem;
import org.marsad.tallies.Dimension;
import org.marsad.tallies.Granularity;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRefused;
import org.marsad.tallies.TallyRequest;
import org.marsad.tallies.VerificationLevel;
import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Sex;

/**
 * Checks a tally as typed and reads it into a definition, collecting every problem with
 * the field it belongs to.
 * <ul>
 * <li>{@code name} required, at most {@value #NAME_LENGTH} characters</li>
 * <li>{@code unit}, {@code category}, {@code ageGroups}, {@code sexes},
 * {@code eventTypes}: codes of the shared vocabularies</li>
 * <li>{@code from}, {@code to}: ISO dates, {@code to} not before {@code from}</li>
 * <li>{@code place}, {@code actors}, {@code groupActors}: ids in the catalogue</li>
 * <li>{@code nationalities}: two letters (ISO 3166-1 alpha-2)</li>
 * <li>{@code minimumStatus}: a level of {@link VerificationLevel}, never
 * {@code discounted}</li>
 * <li>{@code breakdowns}: {@code nationality}, {@code actor}, {@code place},
 * {@code unit}, and at most one of {@code day}, {@code week}, {@code month} (default
 * month)</li>
 * </ul>
 */
final class TallyRules {

	static final int NAME_LENGTH = 300;

	private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{2}");

	private TallyRules() {
	}

	/**
	 * Reads a request.
	 * @param request the request
	 * @param places whether a place id is in the catalogue
	 * @param actors whether an actor id is in the catalogue
	 * @param identity id, version, time and name of who defines it
	 * @return the definition
	 * @throws TallyRefused naming every offending field
	 */
	static Tally check(TallyRequest request, Predicate<String> places, Predicate<String> actors, Identity identity) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = (request.name() != null) ? request.name().strip() : "";
		if (name.isEmpty()) {
			problems.add(new FieldProblem("name", "tally.error.nameRequired"));
		}
		else if (name.length() > NAME_LENGTH) {
			problems.add(new FieldProblem("name", "tally.error.nameTooLong"));
		}
		String unit = code(request.unit(), "unit", (c) -> FigureUnit.ofCode(c).code(), true, problems);
		String category = code(request.category(), "category", (c) -> FigureCategory.ofCode(c).code(), true, problems);
		LocalDate from = date(request.from(), "from", problems);
		LocalDate to = date(request.to(), "to", problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new FieldProblem("to", "tally.error.periodOrder"));
		}
		String place = blank(request.place()) ? null : request.place().strip();
		if (place != null && !places.test(place)) {
			problems.add(new FieldProblem("place", "tally.error.placeUnknown"));
		}
		List<String> actorIds = known(request.actors(), "actors", actors, problems);
		List<String> groupActors = known(request.groupActors(), "groupActors", actors, problems);
		List<String> nationalities = codes(request.nationalities(), "nationalities", TallyRules::nationality, problems);
		List<String> ages = codes(request.ageGroups(), "ageGroups", (c) -> AgeGroup.ofCode(c).code(), problems);
		List<String> sexes = codes(request.sexes(), "sexes", (c) -> Sex.ofCode(c).code(), problems);
		List<String> types = codes(request.eventTypes(), "eventTypes", (c) -> EventType.ofCode(c).code(), problems);
		String status = code(request.minimumStatus(), "minimumStatus", TallyRules::level, false, problems);
		Breakdowns breakdowns = breakdowns(request.breakdowns(), problems);
		if (!problems.isEmpty()) {
			throw new TallyRefused(problems);
		}
		return new Tally(identity.id(), name, unit, category, from, to, place, actorIds, nationalities, groupActors,
				ages, sexes, types, (status != null) ? status : VerificationLevel.DEFAULT.code(),
				breakdowns.dimensions(), breakdowns.period(), Boolean.TRUE.equals(request.pinned()), identity.version(),
				identity.at(), identity.by());
	}

	/**
	 * Reads a day given as text.
	 * @param value an ISO date, or empty
	 * @param field the field to name when it is not one
	 * @return the day, or {@code null} when empty
	 * @throws TallyRefused naming the field
	 */
	static LocalDate day(String value, String field) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate day = date(value, field, problems);
		if (!problems.isEmpty()) {
			throw new TallyRefused(problems);
		}
		return day;
	}

	/**
	 * Who defines a tally and the version it gets.
	 *
	 * @param id the tally's id
	 * @param version its version
	 * @param at when
	 * @param by who
	 */
	record Identity(UUID id, int version, Instant at, String by) {
	}

	private record Breakdowns(List<Dimension> dimensions, Granularity period) {
	}

	private static Breakdowns breakdowns(List<String> values, List<FieldProblem> problems) {
		Set<Dimension> dimensions = new LinkedHashSet<>();
		Granularity period = null;
		boolean bad = false;
		for (String value : (values != null) ? values : List.<String>of()) {
			if (blank(value)) {
				continue;
			}
			Granularity granularity = granularity(value);
			if (granularity != null) {
				bad |= period != null && period != granularity;
				period = granularity;
				continue;
			}
			try {
				dimensions.add(Dimension.ofCode(value));
			}
			catch (IllegalArgumentException ex) {
				bad = true;
			}
		}
		if (bad) {
			problems.add(new FieldProblem("breakdowns", "tally.error.breakdown"));
		}
		return new Breakdowns(List.copyOf(dimensions), (period != null) ? period : Granularity.MONTH);
	}

	private static Granularity granularity(String value) {
		try {
			return Granularity.ofCode(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String nationality(String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		if (!NATIONALITY.matcher(upper).matches()) {
			throw new IllegalArgumentException("not a nationality code");
		}
		return upper;
	}

	private static String level(String code) {
		VerificationLevel.atOrAbove(code);
		return code.toLowerCase(Locale.ROOT);
	}

	private static String code(String value, String field, Function<String, String> read, boolean required,
			List<FieldProblem> problems) {
		if (blank(value)) {
			if (required) {
				problems.add(new FieldProblem(field, "tally.error." + field));
			}
			return null;
		}
		try {
			return read.apply(value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "tally.error." + field));
			return null;
		}
	}

	private static List<String> codes(List<String> values, String field, Function<String, String> read,
			List<FieldProblem> problems) {
		Set<String> found = new LinkedHashSet<>();
		boolean bad = false;
		for (String value : (values != null) ? values : List.<String>of()) {
			if (blank(value)) {
				continue;
			}
			try {
				found.add(read.apply(value.strip()));
			}
			catch (IllegalArgumentException ex) {
				bad = true;
			}
		}
		if (bad) {
			problems.add(new FieldProblem(field, "tally.error." + field));
		}
		return List.copyOf(found);
	}

	private static List<String> known(List<String> values, String field, Predicate<String> exists,
			List<FieldProblem> problems) {
		Set<String> ids = new LinkedHashSet<>();
		boolean unknown = false;
		for (String value : (values != null) ? values : List.<String>of()) {
			if (blank(value)) {
				continue;
			}
			String id = value.strip();
			if (exists.test(id)) {
				ids.add(id);
			}
			else {
				unknown = true;
			}
		}
		if (unknown) {
			problems.add(new FieldProblem(field, "tally.error.actorUnknown"));
		}
		return List.copyOf(ids);
	}

	private static LocalDate date(String value, String field, List<FieldProblem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "tally.error.date"));
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
