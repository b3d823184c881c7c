package org.marsad.events.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.FigureFields;
import org.marsad.events.FigureGroup;
import org.marsad.events.FigureValue;
import org.marsad.events.ValueRule;
import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Sex;

/**
 * Checks a figure's fields. Every broken rule is named, not only the first.
 * <ul>
 * <li>unit and category: required, codes of their vocabularies</li>
 * <li>nationality: an ISO 3166-1 alpha-2 code in capitals ({@code IQ}); groupActorId: a
 * catalogue actor; ageGroup and sex: codes of their vocabularies</li>
 * <li>periodFrom / periodTo: ISO dates, the as-of day when only one is given, in order,
 * not after the {@link Horizon}</li>
 * <li>valueRule: {@code best_graded} when empty; manualValue required under
 * {@code manual} and refused under any other rule</li>
 * <li>partOf: a recorded figure that is not void, of the same event or of an event in the
 * same chain of parents, and not the figure itself or a part of it (no cycle)</li>
 * </ul>
 */
class FigureRules {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final CatalogueLookup catalogue;

	private final RecordStates records;

	FigureRules(CatalogueLookup catalogue, RecordStates records) {
		this.catalogue = catalogue;
		this.records = records;
	}

	/**
	 * Where a figure sits, for the checks of {@code partOf}.
	 *
	 * @param self the figure being changed, {@code null} for a new one
	 * @param event its event, {@code null} for an event not yet stored
	 * @param above the events above its event, nearest first
	 */
	record Place(UUID self, UUID event, List<UUID> above) {
	}

	/**
	 * Checks a figure.
	 * @param fields the fields as sent
	 * @param place where the figure sits
	 * @param horizon the last day its period may reach
	 * @param problems where problems go, at the figure's path
	 * @return the checked figure, or {@code null} when a problem was found
	 */
	CheckedFigure check(FigureFields fields, Place place, Horizon horizon, Problems problems) {
		if (fields == null) {
			problems.add("figure.error.required");
			return null;
		}
		int before = problems.count();
		FigureUnit unit = required(fields.unit(), FigureUnit.values(), "unit", problems);
		FigureCategory category = required(fields.category(), FigureCategory.values(), "category", problems);
		FigureGroup group = group(fields, problems);
		LocalDate[] period = period(fields, horizon, problems);
		ValueRule rule = Text.code(fields.valueRule(), ValueRule.values(), ValueRule::code, "valueRule",
				"figure.error.valueRule", problems);
		rule = (rule != null) ? rule : ValueRule.BEST_GRADED;
		FigureValue manual = manual(fields, rule, problems);
		UUID partOf = partOf(fields.partOf(), place, problems);
		if (problems.count() > before) {
			return null;
		}
		return new CheckedFigure(unit, category, group, period[0], period[1], Boolean.TRUE.equals(fields.cumulative()),
				partOf, rule, manual);
	}

	private static <T extends Enum<T>> T required(String code, T[] values, String field, Problems problems) {
		if (!Text.present(code)) {
			problems.add(field, "figure.error." + field + "Required");
			return null;
		}
		return Text.code(code, values, (value) -> value.name().toLowerCase(Locale.ROOT), field, "figure.error." + field,
				problems);
	}

	private FigureGroup group(FigureFields fields, Problems problems) {
		String nationality = Text.stripped(fields.nationality());
		if (nationality != null && !COUNTRIES.contains(nationality)) {
			problems.add("nationality", "figure.error.nationality");
		}
		String actorId = Text.stripped(fields.groupActorId());
		if (actorId != null && this.catalogue.knownActors(List.of(actorId)).isEmpty()) {
			problems.add("groupActorId", "event.error.actorUnknown");
		}
		AgeGroup age = Text.code(fields.ageGroup(), AgeGroup.values(), AgeGroup::code, "ageGroup",
				"figure.error.ageGroup", problems);
		Sex sex = Text.code(fields.sex(), Sex.values(), Sex::code, "sex", "figure.error.sex", problems);
		return new FigureGroup(nationality, actorId, age, sex);
	}

	private static LocalDate[] period(FigureFields fields, Horizon horizon, Problems problems) {
		LocalDate from = Text.date(fields.periodFrom(), "periodFrom", "event.error.date", problems);
		LocalDate to = Text.date(fields.periodTo(), "periodTo", "event.error.date", problems);
		if (from == null && !Text.present(fields.periodFrom())) {
			from = to;
		}
		if (to == null && !Text.present(fields.periodTo())) {
			to = from;
		}
		if (from != null && to != null && to.isBefore(from)) {
			problems.add("periodTo", "event.error.dateOrder");
		}
		if (horizon.passedBy(from)) {
			problems.add("periodFrom", horizon.code());
		}
		else if (horizon.passedBy(to)) {
			problems.add("periodTo", horizon.code());
		}
		return new LocalDate[] { from, to };
	}

	private static FigureValue manual(FigureFields fields, ValueRule rule, Problems problems) {
		if (rule != ValueRule.MANUAL) {
			if (fields.manualValue() != null) {
				problems.add("manualValue", "figure.error.manualValueUnused");
			}
			return null;
		}
		return StatedValues.check(fields.manualValue(), problems.at("manualValue"));
	}

	private UUID partOf(String value, Place place, Problems problems) {
		UUID whole = Text.id(value, "partOf", "figure.error.partOfUnknown", problems);
		if (whole == null) {
			return null;
		}
		Optional<FigureState> state = this.records.figure(whole);
		if (state.isEmpty() || state.get().voided()) {
			problems.add("partOf", "figure.error.partOfUnknown");
			return null;
		}
		if (!related(place, state.get().eventId())) {
			problems.add("partOf", "figure.error.partOfUnrelated");
			return null;
		}
		if (place.self() != null && this.records.figureChain(whole).contains(place.self())) {
			problems.add("partOf", "figure.error.partOfCycle");
			return null;
		}
		return whole;
	}

	/**
	 * Whether a figure of one event may be a part of a figure of another: the same event,
	 * or one above the other in a chain of parents.
	 */
	private boolean related(Place place, UUID wholeEvent) {
		if (wholeEvent.equals(place.event()) || place.above().contains(wholeEvent)) {
			return true;
		}
		return place.event() != null && this.records.eventChain(wholeEvent).contains(place.event());
	}

}
