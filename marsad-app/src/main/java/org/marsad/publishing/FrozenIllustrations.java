package org.marsad.publishing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a published bulletin's charts and map show, read from the data at publication and
 * kept with it, so that moving, voiding or re-coding an event later changes neither the
 * pictures nor the signature that covers them.
 *
 * @param charts one per snapshot cited, in the order first cited
 * @param base the map's base: the gazetteer's governorates and districts with coordinates
 * @param cited the places of the events cited, as the public read them
 */
public record FrozenIllustrations(List<Chart> charts, List<BasePoint> base, List<CitedPlace> cited) {

	/**
	 * A chart of a snapshot.
	 *
	 * @param name the tally's name
	 * @param asOf the day counted up to
	 * @param series whether the bars are the running total per period (else the rows of
	 * its first breakdown)
	 * @param values the height of each bar, in time order (or the breakdown's order)
	 */
	public record Chart(String name, LocalDate asOf, boolean series, List<BigDecimal> values) {
	}

	/**
	 * A point of the map's base.
	 *
	 * @param lon longitude
	 * @param lat latitude
	 * @param governorate whether a governorate (else a district)
	 */
	public record BasePoint(double lon, double lat, boolean governorate) {
	}

	/**
	 * The place of an event cited.
	 *
	 * @param event the event
	 * @param nameAr the place's Arabic name
	 * @param nameEn the place's English name
	 * @param lon longitude (of the place or its nearest ancestor with coordinates)
	 * @param lat latitude
	 */
	public record CitedPlace(UUID event, String nameAr, String nameEn, double lon, double lat) {
	}

	/**
	 * The illustrations as lines of text for the signature, one per chart, base point and
	 * cited place, fields separated by tabs: numbers in their shortest exact form
	 * ({@link Double#toString(double)}, {@link BigDecimal#toPlainString()} without
	 * trailing zeros), so that the text read back from storage is the text signed.
	 * @return the text
	 */
	public String signedText() {
		StringBuilder text = new StringBuilder();
		for (Chart chart : this.charts) {
			text.append("chart\t").append(line(chart.name())).append('\t').append(chart.asOf()).append('\t');
			text.append(chart.series() ? "series" : "rows").append('\t');
			chart.values().forEach((v) -> text.append(v.stripTrailingZeros().toPlainString()).append(' '));
			text.append('\n');
		}
		for (BasePoint point : this.base) {
			text.append("base\t").append(point.lon()).append('\t').append(point.lat()).append('\t');
			text.append(point.governorate() ? "governorate" : "district").append('\n');
		}
		for (CitedPlace place : this.cited) {
			text.append("cited\t").append(place.event()).append('\t').append(place.lon()).append('\t');
			text.append(place.lat()).append('\t').append(line(place.nameAr())).append('\t');
			text.append(line(place.nameEn())).append('\n');
		}
		return text.toString();
	}

	private static String line(String text) {
		return (text != null) ? text.replaceAll("[\\t\\r\\n]", " ") : "";
	}

}
