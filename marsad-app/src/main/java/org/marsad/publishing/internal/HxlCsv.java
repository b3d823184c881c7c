package org.marsad.publishing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marsad.catalogue.Place;
import org.marsad.events.ActorRole;
import org.marsad.events.Event;
import org.marsad.text.vocabulary.FigureCategory;

/**
 * Events as HXL-tagged CSV (Humanitarian Exchange Language 1.1): a header row for people,
 * then a hashtag row for machines, then one row per event.
 * <ul>
 * <li>Hashtags are HXL core hashtags ({@code #event}, {@code #date}, {@code #country},
 * {@code #adm1}–{@code #adm3}, {@code #loc}, {@code #geo}, {@code #group},
 * {@code #affected}, {@code #description}, {@code #status}, {@code #meta}); attributes
 * are core ones ({@code +id}, {@code +name}, {@code +code}, {@code +start}, {@code +end},
 * {@code +lat}, {@code +lon}, {@code +killed}, {@code +injured}, {@code +displaced},
 * {@code +list}, {@code +i_ar}, {@code +i_en}) or lower-case names of Marsad's own
 * ({@code +precision}, {@code +actor1}, …), as HXL allows.</li>
 * <li>Lists (several actors) are written in one cell separated by {@code "; "} and tagged
 * {@code +list}.</li>
 * <li>The confidentiality column is written only for readers of the record.</li>
 * </ul>
 */
final class HxlCsv implements EventWriter {

	/** One column: its header for people and its hashtag. */
	record Column(String header, String hashtag) {
	}

	static final List<Column> COLUMNS = List.of(new Column("Event", "#event+id"),
			new Column("Start date", "#date+start"), new Column("End date", "#date+end"),
			new Column("Date precision", "#date+precision"), new Column("Event type", "#event+type"),
			new Column("Sub-type", "#event+type+sub"), new Column("Verification", "#status+verification"),
			new Column("Country", "#country+name"), new Column("Country code", "#country+code"),
			new Column("Governorate", "#adm1+name"), new Column("Governorate code", "#adm1+code"),
			new Column("District", "#adm2+name"), new Column("District code", "#adm2+code"),
			new Column("Sub-district", "#adm3+name"), new Column("Sub-district code", "#adm3+code"),
			new Column("Location", "#loc+name+i_en"), new Column("Location (Arabic)", "#loc+name+i_ar"),
			new Column("Location code", "#loc+code"), new Column("Latitude", "#geo+lat"),
			new Column("Longitude", "#geo+lon"), new Column("Geo precision", "#geo+precision"),
			new Column("Actor 1", "#group+name+actor1+list"), new Column("Actor 2", "#group+name+actor2+list"),
			new Column("Associated actors", "#group+name+assoc+list"), new Column("Killed", "#affected+killed"),
			new Column("Injured", "#affected+injured"), new Column("Displaced", "#affected+displaced"),
			new Column("Description", "#description+i_en"), new Column("Description (Arabic)", "#description+i_ar"),
			new Column("Updated", "#date+updated"));

	static final Column CONFIDENTIALITY = new Column("Confidentiality", "#meta+confidentiality");

	private final CSVPrinter csv;

	private final boolean internal;

	HxlCsv(OutputStream out, Audience audience) throws IOException {
		this.csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
		this.internal = audience.seesInternal();
	}

	@Override
	public void begin() throws IOException {
		List<Column> columns = columns();
		this.csv.printRecord(columns.stream().map(Column::header).toList());
		this.csv.printRecord(columns.stream().map(Column::hashtag).toList());
	}

	@Override
	public void write(ExportedEvent exported) throws IOException {
		Event event = exported.event();
		List<Object> row = new ArrayList<>();
		row.add(event.id().toString());
		row.add(text(event.dateFrom()));
		row.add(text(event.dateTo()));
		row.add((event.datePrecision() != null) ? event.datePrecision().code() : "");
		row.add(event.type().code());
		row.add(text(event.subType()));
		row.add(event.status().code());
		row.add("Syria");
		row.add("SYR");
		addLevel(row, exported.admin1());
		addLevel(row, exported.admin2());
		addLevel(row, exported.admin3());
		row.add(text(ExportedEvent.name(exported.place(), "en")));
		row.add(text(ExportedEvent.name(exported.place(), "ar")));
		row.add((exported.place() != null) ? exported.place().id() : "");
		row.add(exported.located() ? exported.lat().toString() : "");
		row.add(exported.located() ? exported.lon().toString() : "");
		row.add(text(event.geoPrecision()));
		row.add(String.join("; ", exported.actorNames(ActorRole.ACTOR1, "en")));
		row.add(String.join("; ", exported.actorNames(ActorRole.ACTOR2, "en")));
		row.add(String.join("; ", exported.actorNames(ActorRole.ASSOCIATED, "en")));
		row.add(count(exported.persons(FigureCategory.KILLED)));
		row.add(count(exported.persons(FigureCategory.INJURED)));
		row.add(count(exported.persons(FigureCategory.EXITED)));
		row.add(text(event.descriptionEn()));
		row.add(text(event.descriptionAr()));
		row.add(text(event.updatedAt()));
		if (this.internal) {
			row.add(event.confidentiality().code());
		}
		this.csv.printRecord(row);
		this.csv.flush();
	}

	@Override
	public void end() throws IOException {
		this.csv.flush();
	}

	private List<Column> columns() {
		if (!this.internal) {
			return COLUMNS;
		}
		List<Column> columns = new ArrayList<>(COLUMNS);
		columns.add(CONFIDENTIALITY);
		return columns;
	}

	private static void addLevel(List<Object> row, Place level) {
		row.add(text(ExportedEvent.name(level, "en")));
		row.add((level != null) ? level.id() : "");
	}

	private static String count(BigDecimal n) {
		return (n != null) ? n.stripTrailingZeros().toPlainString() : "";
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
