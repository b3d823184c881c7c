package org.marsad.events.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.marsad.events.FigureGroup;
import org.marsad.events.FigureValue;
import org.marsad.events.ValueRule;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;

/**
 * A figure's fields that passed the checks.
 *
 * @param unit what is counted
 * @param category what happened to it
 * @param group whom the count is limited to
 * @param periodFrom the first day of its period, or {@code null}
 * @param periodTo the last day of its period, or {@code null}
 * @param cumulative whether it is a running total
 * @param partOf the recorded figure it is a part of, or {@code null} (a figure of the
 * same submission is named by key instead)
 * @param rule how its value follows from its claims
 * @param manualValue the value under the manual rule, else {@code null}
 */
record CheckedFigure(FigureUnit unit, FigureCategory category, FigureGroup group, LocalDate periodFrom,
		LocalDate periodTo, boolean cumulative, UUID partOf, ValueRule rule, FigureValue manualValue) {

	/** The same figure as a part of another. */
	CheckedFigure partOf(UUID whole) {
		return new CheckedFigure(this.unit, this.category, this.group, this.periodFrom, this.periodTo, this.cumulative,
				whole, this.rule, this.manualValue);
	}

}
