package org.marsad.catalogue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.catalogue.GazetteerFormat;
import org.marsad.catalogue.ImportOutcome;
import org.marsad.catalogue.ImportOutcome.Rejection;
import org.marsad.catalogue.Place;

/**
 * What an import does to each place of a file, decided before anything is written.
 * <ul>
 * <li>a new id is added, with the format's code as origin</li>
 * <li>a place imported earlier (from any format) takes the file's names, kind,
 * coordinates and parent; what the file leaves empty keeps its stored value; the origin
 * becomes this format</li>
 * <li>a place written by people (origin {@code starter} or {@code curated}) keeps its
 * values and origin; the file only fills what it lacks</li>
 * <li>aliases are united, so an import never loses a name</li>
 * <li>a place that comes out as stored is unchanged and not written</li>
 * <li>a row is rejected when the place it would store breaks the catalogue's rules
 * ({@link PlaceRules}), when its id came earlier in the file, or when its parent chain
 * would loop back to it</li>
 * </ul>
 */
final class ImportPlan {

	private final GazetteerFormat format;

	private final Map<String, Place> stored;

	private final Instant now;

	private final String who;

	private final Function<Problem, String> reasons;

	private final Map<String, Integer> rowOf = new HashMap<>();

	private final Map<String, Place> added = new LinkedHashMap<>();

	private final Map<String, Place> updated = new LinkedHashMap<>();

	private final List<Rejection> rejected = new ArrayList<>();

	private int read;

	private int unchanged;

	/**
	 * Starts a plan.
	 * @param format the format of the file
	 * @param stored the places the catalogue holds, by id
	 * @param now the time to record
	 * @param who who imports
	 * @param reasons explains a rule broken, in English
	 */
	ImportPlan(GazetteerFormat format, Map<String, Place> stored, Instant now, String who,
			Function<Problem, String> reasons) {
		this.format = format;
		this.stored = stored;
		this.now = now;
		this.who = who;
		this.reasons = reasons;
	}

	/**
	 * Decides what to do with one place of the file.
	 * @param row its position in the file's list of places, from 1
	 * @param read the place as read
	 */
	void add(int row, org.marsad.text.Place read) {
		this.read++;
		org.marsad.text.Place clean = PlaceRules.clean(read);
		String id = clean.id();
		if (id != null && this.rowOf.containsKey(id)) {
			this.rejected.add(new Rejection(row, id, "id repeated (first at row " + this.rowOf.get(id) + ")"));
			return;
		}
		if (id != null) {
			this.rowOf.put(id, row);
		}
		Place current = (id != null) ? this.stored.get(id) : null;
		org.marsad.text.Place merged = (current != null) ? merge(current, clean) : clean;
		List<Problem> problems = PlaceRules.problems(merged, true);
		if (!problems.isEmpty()) {
			this.rejected.add(new Rejection(row, (id != null) ? id : "", explain(problems)));
			return;
		}
		if (current == null) {
			this.added.put(id, place(merged, this.format.code(), 1));
		}
		else if (sameContent(current, merged)) {
			this.unchanged++;
		}
		else {
			String origin = GazetteerFormat.isImported(current.origin()) ? this.format.code() : current.origin();
			this.updated.put(id, place(merged, origin, current.version() + 1));
		}
	}

	/**
	 * Rejects the places whose parent chain, with this plan applied, loops back to them.
	 * @param parents the parents stored now, by place id
	 */
	void rejectLoops(Map<String, String> parents) {
		Map<String, String> planned = new HashMap<>(parents);
		this.added.values().forEach((place) -> planned.put(place.id(), place.parentId()));
		this.updated.values().forEach((place) -> planned.put(place.id(), place.parentId()));
		Set<String> touched = new LinkedHashSet<>(this.added.keySet());
		touched.addAll(this.updated.keySet());
		for (String id : new PlaceHierarchy(planned).cycles(touched)) {
			this.added.remove(id);
			this.updated.remove(id);
			this.rejected.add(new Rejection(this.rowOf.get(id), id, "parentId: the parent chain loops back to it"));
		}
		this.rejected.sort((a, b) -> Integer.compare(a.row(), b.row()));
	}

	List<Place> added() {
		return List.copyOf(this.added.values());
	}

	List<Place> updated() {
		return List.copyOf(this.updated.values());
	}

	/** The ids of the places to write. */
	Set<String> touched() {
		Set<String> touched = new LinkedHashSet<>(this.added.keySet());
		touched.addAll(this.updated.keySet());
		return touched;
	}

	boolean hasRejections() {
		return !this.rejected.isEmpty();
	}

	ImportOutcome outcome(boolean stored) {
		return new ImportOutcome(this.format, this.read, this.added.size(), this.updated.size(), this.unchanged,
				this.rejected, stored);
	}

	private static org.marsad.text.Place merge(Place current, org.marsad.text.Place file) {
		boolean fileWins = GazetteerFormat.isImported(current.origin());
		Set<String> aliases = new LinkedHashSet<>(current.aliases());
		aliases.addAll(file.aliases());
		return new org.marsad.text.Place(current.id(), pick(fileWins, file.nameAr(), current.nameAr()),
				pick(fileWins, file.nameEn(), current.nameEn()), pick(fileWins, file.kind(), current.kind()),
				pick(fileWins, file.lat(), current.lat()), pick(fileWins, file.lon(), current.lon()),
				pick(fileWins, file.parentId(), current.parentId()), List.copyOf(aliases));
	}

	private static <T> T pick(boolean fileWins, T fromFile, T stored) {
		T first = fileWins ? fromFile : stored;
		return (first != null) ? first : (fileWins ? stored : fromFile);
	}

	private static boolean sameContent(Place current, org.marsad.text.Place merged) {
		return Objects.equals(current.nameAr(), merged.nameAr()) && Objects.equals(current.nameEn(), merged.nameEn())
				&& current.kind() == merged.kind() && Objects.equals(current.lat(), merged.lat())
				&& Objects.equals(current.lon(), merged.lon()) && Objects.equals(current.parentId(), merged.parentId())
				&& new HashSet<>(current.aliases()).equals(new HashSet<>(merged.aliases()));
	}

	private Place place(org.marsad.text.Place content, String origin, int version) {
		return new Place(content.id(), content.nameAr(), content.nameEn(), content.kind(), content.lat(), content.lon(),
				content.parentId(), content.aliases(), origin, version, this.now, this.who);
	}

	private String explain(List<Problem> problems) {
		List<String> parts = new ArrayList<>();
		for (Problem problem : problems) {
			parts.add(problem.field() + ": " + this.reasons.apply(problem));
		}
		return String.join("; ", parts);
	}

}
