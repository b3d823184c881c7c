package org.marsad.text.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.marsad.text.ActorMention;
import org.marsad.text.DateMention;
import org.marsad.text.NationalityMention;
import org.marsad.text.NumberMention;
import org.marsad.text.Place;
import org.marsad.text.PlaceMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.PlaceKind;
import org.marsad.text.vocabulary.Qualifier;

/**
 * A report text with mentions marked by hand, as the recognisers would find them, so that
 * figures and events can be tested on their own.
 */
public final class Report {

	private final String text;

	private final List<NumberMention> numbers = new ArrayList<>();

	private final List<DateMention> dates = new ArrayList<>();

	private final List<PlaceMention> places = new ArrayList<>();

	private final List<ActorMention> actors = new ArrayList<>();

	private final List<NationalityMention> nationalities = new ArrayList<>();

	private Report(String text) {
		this.text = text;
	}

	public static Report of(String text) {
		return new Report(text);
	}

	public Report exact(String slice, long n) {
		BigDecimal v = BigDecimal.valueOf(n);
		return number(slice, Qualifier.EXACT, v, v, v);
	}

	public Report number(String slice, Qualifier qualifier, BigDecimal low, BigDecimal best, BigDecimal high) {
		int start = at(slice);
		this.numbers.add(new NumberMention(start, start + slice.length(), slice, qualifier, low, best, high, false));
		return this;
	}

	public Report vague(String slice, long low, long high) {
		return number(slice, Qualifier.VAGUE, BigDecimal.valueOf(low), null, BigDecimal.valueOf(high));
	}

	public Report date(String slice, String from, String to) {
		int start = at(slice);
		this.dates.add(new DateMention(start, start + slice.length(), slice, LocalDate.parse(from), LocalDate.parse(to),
				DatePrecision.DAY));
		return this;
	}

	public Report place(String slice, String id) {
		int start = at(slice);
		Place place = new Place(id, slice, id, PlaceKind.TOWN, null, null, null, List.of());
		this.places.add(new PlaceMention(start, start + slice.length(), slice, place));
		return this;
	}

	public Report actor(String slice, String id) {
		int start = at(slice);
		this.actors.add(new ActorMention(start, start + slice.length(), slice, id));
		return this;
	}

	public Report nationality(String slice, String country) {
		int start = at(slice);
		this.nationalities.add(new NationalityMention(start, start + slice.length(), slice, country));
		return this;
	}

	public String text() {
		return this.text;
	}

	public MentionedText mentioned() {
		this.numbers.sort(Comparator.comparingInt(NumberMention::start));
		this.dates.sort(Comparator.comparingInt(DateMention::start));
		this.places.sort(Comparator.comparingInt(PlaceMention::start));
		this.actors.sort(Comparator.comparingInt(ActorMention::start));
		this.nationalities.sort(Comparator.comparingInt(NationalityMention::start));
		return MentionedText.of(FoldedText.of(this.text), this.numbers, this.dates, this.places, this.actors,
				this.nationalities);
	}

	private int at(String slice) {
		int start = this.text.indexOf(slice);
		if (start < 0) {
			throw new IllegalArgumentException("not in the report: " + slice);
		}
		return start;
	}

}
