package org.marsad.tallies.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Tally;

/**
 * A tally's {@link Scope} turned into tables by code over {@link FigureColumns}, so that
 * deciding whether a figure counts is a few array reads.
 * <ul>
 * <li>the same filters as {@link Scope#copiedWhere}: category, unit, the figure's groups,
 * the event's status, type, place (with every place under it) and actors, and the
 * days</li>
 * <li>the same condition that a part's whole counts as {@link Scope#copiedWholeCounts},
 * and the same {@link Wholes} bits as {@link ProjectedSums}</li>
 * <li>the place a figure is broken down by, the place one level below the tally's place
 * that holds the event's, from the same rows of {@code place_ancestor} as
 * {@link Scope#placeJoin}</li>
 * <li>a table is {@code null} where the tally does not filter; an unknown word matches no
 * figure</li>
 * </ul>
 */
final class ColumnScope {

	/**
	 * What the scope reads from other tables than {@code tally_figure}, read with SQL at
	 * each computation.
	 *
	 * @param placesUnder the tally's place and every place under it, or {@code null}
	 * @param placeKeys each place under a place key, and its key, or {@code null}
	 * @param actorEvents the events in which a tally's actor takes part, or {@code null}
	 */
	record Lookups(Set<String> placesUnder, Map<String, String> placeKeys, Set<UUID> actorEvents) {
	}

	final int category;

	final boolean[] units;

	final boolean[] statuses;

	final boolean[] types;

	final boolean[] nationalities;

	final boolean[] groupActors;

	final boolean[] ageGroups;

	final boolean[] sexes;

	final boolean[] places;

	final boolean[] events;

	final int from;

	final int end;

	final boolean byNationality;

	final boolean byActor;

	/**
	 * By place code, the number of its place key from 1 ({@link #placeKeyWords}), or 0.
	 */
	final int[] placeKey;

	final List<String> placeKeyWords = new ArrayList<>();

	final int moreThan;

	final int lessThan;

	ColumnScope(Scope scope, FigureColumns columns, Lookups lookups) {
		Tally tally = scope.tally();
		Codes codes = columns.codes;
		this.category = codes.find(tally.category());
		this.units = codes.mask(scope.units());
		this.statuses = codes.mask(scope.statuses());
		this.types = optional(codes, tally.eventTypes());
		this.nationalities = optional(codes, tally.nationalities());
		this.groupActors = optional(codes, tally.groupActors());
		this.ageGroups = optional(codes, tally.ageGroups());
		this.sexes = optional(codes, tally.sexes());
		this.places = (lookups.placesUnder() != null) ? codes.mask(List.copyOf(lookups.placesUnder())) : null;
		this.events = (lookups.actorEvents() != null) ? events(columns.events, lookups.actorEvents()) : null;
		this.from = (tally.from() != null) ? (int) tally.from().toEpochDay() : FigureColumns.NONE;
		this.end = (int) scope.end().toEpochDay();
		this.byNationality = tally.breakdowns().contains(Dimension.NATIONALITY);
		this.byActor = tally.breakdowns().contains(Dimension.ACTOR);
		this.placeKey = (lookups.placeKeys() != null) ? placeKeys(codes, lookups.placeKeys()) : null;
		this.moreThan = codes.find("more_than");
		this.lessThan = codes.find("less_than");
	}

	/** Whether a figure passes the filters, dates included: {@link Scope#copiedWhere}. */
	boolean counts(FigureColumns c, int i) {
		char[][] w = c.words;
		int day = c.day[i];
		return w[FigureColumns.CATEGORY][i] == this.category && day <= this.end
				&& (this.from == FigureColumns.NONE || day >= this.from) && passes(w, i, 0)
				&& (this.events == null || this.events[c.event[i]]);
	}

	/** The {@link Wholes} bits of a figure that counts. */
	int wholes(FigureColumns c, int i) {
		int flags = c.flags[i];
		if ((flags & FigureColumns.PART) == 0 || !wholeCounts(c, i, flags)) {
			return Wholes.NONE;
		}
		char[][] w = c.words;
		int bits = Wholes.IN_SCOPE;
		if (this.byNationality && same(w, FigureColumns.NATIONALITY, i)) {
			bits += Wholes.SAME_NATIONALITY;
		}
		if (this.byActor && same(w, FigureColumns.GROUP_ACTOR, i)) {
			bits += Wholes.SAME_ACTOR;
		}
		if (this.placeKey != null && same(w, FigureColumns.PLACE, i)) {
			bits += Wholes.SAME_PLACE;
		}
		return bits;
	}

	/** {@link Scope#copiedWholeCounts}: live, same unit and kind, passes the filters. */
	private boolean wholeCounts(FigureColumns c, int i, int flags) {
		char[][] w = c.words;
		int wholeEvent = c.wholeEvent[i];
		boolean cumulative = (flags & FigureColumns.CUMULATIVE) != 0;
		return wholeEvent != FigureColumns.NONE
				&& w[FigureColumns.WHOLE + FigureColumns.UNIT][i] == w[FigureColumns.UNIT][i]
				&& ((flags & FigureColumns.WHOLE_CUMULATIVE) != 0) == cumulative
				&& w[FigureColumns.WHOLE + FigureColumns.CATEGORY][i] == this.category
				&& passes(w, i, FigureColumns.WHOLE) && (this.events == null || this.events[wholeEvent]);
	}

	/** The filters on words, on a figure's columns or its whole's. */
	private boolean passes(char[][] w, int i, int at) {
		return this.units[w[at + FigureColumns.UNIT][i]] && this.statuses[w[at + FigureColumns.STATUS][i]]
				&& in(this.types, w[at + FigureColumns.TYPE][i])
				&& in(this.nationalities, w[at + FigureColumns.NATIONALITY][i])
				&& in(this.groupActors, w[at + FigureColumns.GROUP_ACTOR][i])
				&& in(this.ageGroups, w[at + FigureColumns.AGE_GROUP][i])
				&& in(this.sexes, w[at + FigureColumns.SEX][i]) && in(this.places, w[at + FigureColumns.PLACE][i]);
	}

	/** {@code IS NOT DISTINCT FROM}: the codes of NULL are equal too. */
	private static boolean same(char[][] w, int column, int i) {
		return w[FigureColumns.WHOLE + column][i] == w[column][i];
	}

	private static boolean in(boolean[] mask, char code) {
		return mask == null || mask[code];
	}

	private static boolean[] optional(Codes codes, List<String> words) {
		return words.isEmpty() ? null : codes.mask(words);
	}

	private static boolean[] events(UuidIndex index, Set<UUID> events) {
		boolean[] mask = new boolean[index.size()];
		for (UUID event : events) {
			int n = index.find(event);
			if (n >= 0) {
				mask[n] = true;
			}
		}
		return mask;
	}

	private int[] placeKeys(Codes codes, Map<String, String> keys) {
		int[] table = new int[codes.size()];
		Map<String, Integer> numbers = new java.util.HashMap<>();
		for (Map.Entry<String, String> entry : keys.entrySet()) {
			int code = codes.find(entry.getKey());
			if (code > 0) {
				if (this.placeKeyWords.size() >= Codes.MAX) {
					throw new NotHeld("more than " + Codes.MAX + " place keys");
				}
				table[code] = numbers.computeIfAbsent(entry.getValue(), (key) -> {
					this.placeKeyWords.add(key);
					return this.placeKeyWords.size();
				});
			}
		}
		return table;
	}

	/** The place key of a number from {@link #placeKey}, or {@code null}. */
	String placeKeyWord(int number) {
		return (number == 0) ? null : this.placeKeyWords.get(number - 1);
	}

	static LocalDate date(int epochDay) {
		return LocalDate.ofEpochDay(epochDay);
	}

}
