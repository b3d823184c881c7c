package org.marsad.persons.internal;

import org.marsad.persons.CountingRefused;
import org.marsad.persons.CountingRefused.Reason;

/**
 * The rules of linking a person to a figure, in the order they are checked; the first
 * broken one is the refusal.
 * <ul>
 * <li>the person exists for the caller ({@code personId}, 404)</li>
 * <li>the figure exists for the caller ({@code figureId}, 404)</li>
 * <li>the person is neither void nor merged into another ({@code personId}, 409): a
 * merged person is counted as the person kept</li>
 * <li>neither the figure nor its event is void ({@code figureId}, 409)</li>
 * <li>the figure counts persons or families ({@code figureId}, 422)</li>
 * <li>a family figure counts households: only the head of one is linked to it
 * ({@code personId}, 422)</li>
 * <li>the person is not already linked to the figure ({@code figureId}, 409)</li>
 * </ul>
 */
final class CountingRules {

	private CountingRules() {
	}

	/**
	 * Checks a link.
	 * @param person the person, or {@code null} when the caller may see none
	 * @param figure the figure, or {@code null} when the caller may see none
	 * @param linked whether the person is already linked to the figure
	 * @throws CountingRefused at the first rule broken
	 */
	static void check(PersonRow person, CountableFigure figure, boolean linked) {
		if (person == null) {
			throw new CountingRefused("personId", "counting.error.unknownPerson", Reason.UNKNOWN);
		}
		if (figure == null) {
			throw new CountingRefused("figureId", "counting.error.unknownFigure", Reason.UNKNOWN);
		}
		if (!person.live()) {
			throw new CountingRefused("personId", "counting.error.voidPerson", Reason.VOID);
		}
		if (!figure.live()) {
			throw new CountingRefused("figureId", "counting.error.voidFigure", Reason.VOID);
		}
		if (!CountableFigure.PERSON.equals(figure.unit()) && !CountableFigure.FAMILY.equals(figure.unit())) {
			throw new CountingRefused("figureId", "counting.error.unit", Reason.UNIT);
		}
		if (CountableFigure.FAMILY.equals(figure.unit())
				&& (person.householdId() == null || !"head".equals(person.householdRelation()))) {
			throw new CountingRefused("personId", "counting.error.notHead", Reason.UNIT);
		}
		if (linked) {
			throw new CountingRefused("figureId", "counting.error.twice", Reason.TWICE);
		}
	}

}
