package org.marsad.publishing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marsad.events.ActorRole;
import org.marsad.events.Event;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.FigureCategory;

/**
 * Events as CSV with the columns of the ACLED codebook (2023 edition), one row per
 * event-day. What Marsad does not record is left empty (docs/PUBLISHING.md lists every
 * column).
 * <ul>
 * <li>An event dated to the day over several days is written as one row per day, each
 * with its own {@code event_id_cnty} ({@code SYR-<id>-<n>}); its fatalities are divided
 * among the days, the remainder going to the first days, so that the rows add up to the
 * event's count.</li>
 * <li>An event known only to the week, month or year is one row on the middle day of its
 * interval, {@code time_precision} 2 (week) or 3 (month, year).</li>
 * <li>{@code disorder_type} follows ACLED's grouping of its six types; Marsad's own types
 * (displacement, transfer, …) have none and carry their own name as
 * {@code event_type}.</li>
 * <li>{@code source} and {@code source_scale} stay empty: the sources of a report are
 * protected.</li>
 * <li>{@code fatalities}: persons killed, from the event's figures (see
 * {@link ExportedEvent#persons}); 0 when none is coded, as in ACLED.</li>
 * </ul>
 */
final class AcledCsv implements EventWriter {

	static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
			"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
			"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
			"admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
			"fatalities", "tags", "timestamp");

	/**
	 * At most this many event-days per event: a longer event is cut to its first year.
	 */
	static final int MAX_DAYS = 366;

	private static final String ISO_SYRIA = "760";

	private final CSVPrinter csv;

	AcledCsv(OutputStream out) throws IOException {
		this.csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
	}

	@Override
	public void begin() throws IOException {
		this.csv.printRecord(COLUMNS);
	}

	@Override
	public void write(ExportedEvent exported) throws IOException {
		Event event = exported.event();
		List<LocalDate> days = days(event);
		BigDecimal killed = exported.persons(FigureCategory.KILLED);
		long fatalities = (killed != null) ? killed.setScale(0, RoundingMode.DOWN).longValueExact() : 0;
		for (int i = 0; i < days.size(); i++) {
			String id = (days.size() == 1) ? "SYR-" + event.id() : "SYR-" + event.id() + "-" + (i + 1);
			long share = fatalities / days.size() + ((i < fatalities % days.size()) ? 1 : 0);
			this.csv.printRecord(row(exported, id, days.get(i), share));
		}
		this.csv.flush();
	}

	@Override
	public void end() throws IOException {
		this.csv.flush();
	}

	private static List<Object> row(ExportedEvent exported, String id, LocalDate day, long fatalities) {
		Event event = exported.event();
		List<String> actor1 = exported.actorNames(ActorRole.ACTOR1, "en");
		List<String> actor2 = exported.actorNames(ActorRole.ACTOR2, "en");
		List<String> associated = new ArrayList<>(rest(actor1));
		associated.addAll(exported.actorNames(ActorRole.ASSOCIATED, "en"));
		List<Object> row = new ArrayList<>(COLUMNS.size());
		row.add(id);
		row.add((day != null) ? day.toString() : "");
		row.add((day != null) ? Integer.toString(day.getYear()) : "");
		row.add(Integer.toString(timePrecision(event.datePrecision())));
		row.add(disorderType(event.type()));
		row.add(eventType(event.type()));
		row.add(text(event.subType()));
		row.add(actor1.isEmpty() ? "" : actor1.get(0));
		row.add(String.join("; ", associated));
		row.add("");
		row.add(actor2.isEmpty() ? "" : actor2.get(0));
		row.add(String.join("; ", rest(actor2)));
		row.add("");
		row.add("");
		row.add("");
		row.add(ISO_SYRIA);
		row.add("Middle East");
		row.add("Syria");
		row.add(text(ExportedEvent.name(exported.admin1(), "en")));
		row.add(text(ExportedEvent.name(exported.admin2(), "en")));
		row.add(text(ExportedEvent.name(exported.admin3(), "en")));
		row.add(text(ExportedEvent.name(exported.place(), "en")));
		row.add(exported.located() ? exported.lat().toString() : "");
		row.add(exported.located() ? exported.lon().toString() : "");
		row.add((event.geoPrecision() != null) ? event.geoPrecision().toString() : "");
		row.add("");
		row.add("");
		row.add(text((event.descriptionEn() != null) ? event.descriptionEn() : event.descriptionAr()));
		row.add(Long.toString(fatalities));
		row.add(tags(exported));
		row.add((event.updatedAt() != null) ? Long.toString(event.updatedAt().getEpochSecond()) : "");
		return row;
	}

	/**
	 * The days of the rows: each day of a day-precise event, else the middle day of the
	 * interval.
	 */
	static List<LocalDate> days(Event event) {
		LocalDate from = event.dateFrom();
		LocalDate to = (event.dateTo() != null) ? event.dateTo() : from;
		if (from == null) {
			return java.util.Collections.singletonList(null);
		}
		long span = ChronoUnit.DAYS.between(from, to);
		if (event.datePrecision() != DatePrecision.DAY) {
			return List.of(from.plusDays(span / 2));
		}
		List<LocalDate> days = new ArrayList<>();
		for (long d = 0; d <= span && d < MAX_DAYS; d++) {
			days.add(from.plusDays(d));
		}
		return days;
	}

	static int timePrecision(DatePrecision precision) {
		if (precision == null || precision == DatePrecision.DAY) {
			return 1;
		}
		return (precision == DatePrecision.WEEK) ? 2 : 3;
	}

	static String disorderType(EventType type) {
		return switch (type) {
			case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
			case PROTESTS, RIOTS -> "Demonstrations";
			case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
			default -> "";
		};
	}

	static String eventType(EventType type) {
		return switch (type) {
			case BATTLES -> "Battles";
			case EXPLOSIONS_REMOTE_VIOLENCE -> "Explosions/Remote violence";
			case VIOLENCE_AGAINST_CIVILIANS -> "Violence against civilians";
			case PROTESTS -> "Protests";
			case RIOTS -> "Riots";
			case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
			default -> Character.toUpperCase(type.code().charAt(0)) + type.code().substring(1).replace('_', ' ');
		};
	}

	private static String tags(ExportedEvent exported) {
		String tags = "verification: " + exported.event().status().code();
		if (exported.audience().seesInternal() && exported.event().confidentiality() != null) {
			tags += "; confidentiality: " + exported.event().confidentiality().code();
		}
		return tags;
	}

	private static List<String> rest(List<String> names) {
		return (names.size() > 1) ? names.subList(1, names.size()) : List.of();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
