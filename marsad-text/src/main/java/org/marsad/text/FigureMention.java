package org.marsad.text;

import java.math.BigDecimal;

import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Qualifier;

/**
 * A number together with what it counts and what happened to it (DESIGN, "The extraction
 * contract"), e.g. «أكثر من 6000 عائلة» that left an area.
 *
 * @param start start of the span (qualifier, number and counted noun)
 * @param end exclusive end of the span
 * @param text the original slice
 * @param qualifier how the number was stated
 * @param low low bound or {@code null}
 * @param best best estimate or {@code null}
 * @param high high bound or {@code null}
 * @param unit what is counted
 * @param category what happened to what was counted
 * @param group who the counted people are
 * @param date index into the document's dates, or {@code null}
 * @param place index into the document's places, or {@code null}
 */
public record FigureMention(int start, int end, String text, Qualifier qualifier, BigDecimal low, BigDecimal best,
		BigDecimal high, FigureUnit unit, FigureCategory category, FigureGroup group, Integer date, Integer place) {
}
