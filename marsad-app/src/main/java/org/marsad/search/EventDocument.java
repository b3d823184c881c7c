package org.marsad.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A coded event as the index sees it (table {@code event} with its place, the place's
 * ancestors and its actors). Voided events are not indexed: delete them instead.
 * <ul>
 * <li>Words are looked for in both descriptions, the names and aliases of its places and
 * actors; a Latin spelling of a place finds its Arabic name and back.</li>
 * <li>The place filter and facet use catalogue ids, the event's own place and every
 * ancestor, so that filtering by a governorate finds the events in its towns.</li>
 * <li>The date filter matches an event whose interval {@code dateFrom}–{@code dateTo}
 * overlaps the days asked for.</li>
 * <li>An {@link Confidentiality#INTERNAL internal} event is invisible to viewers without
 * a staff role ({@link Viewer#seesInternal()}).</li>
 * </ul>
 *
 * @param id the event id
 * @param type the event type code (DESIGN, "Event types"), e.g. {@code displacement}
 * @param subType the ACLED sub-type, or {@code null}
 * @param dateFrom the first day of the event
 * @param dateTo the last day of the event, not before {@code dateFrom}
 * @param descriptionAr the Arabic description, or {@code null}
 * @param descriptionEn the English description, or {@code null}
 * @param places the event's place first, then its ancestors, nearest first; empty when
 * not located
 * @param actors the actors in any role
 * @param status the verification status code, e.g. {@code single_source}
 * @param confidentiality who may find it
 * @param updatedAt when it last changed ({@code updated_at})
 */
public record EventDocument(UUID id, String type, String subType, LocalDate dateFrom, LocalDate dateTo,
		String descriptionAr, String descriptionEn, List<CatalogueEntry> places, List<CatalogueEntry> actors,
		String status, Confidentiality confidentiality, Instant updatedAt) implements SearchDocument {

	/**
	 * Checks the fields every event has and copies the lists.
	 * @throws NullPointerException when a required field is missing
	 * @throws IllegalArgumentException when {@code dateTo} is before {@code dateFrom}
	 */
	public EventDocument {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(dateFrom, "dateFrom");
		Objects.requireNonNull(dateTo, "dateTo");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(confidentiality, "confidentiality");
		Objects.requireNonNull(updatedAt, "updatedAt");
		if (dateTo.isBefore(dateFrom)) {
			throw new IllegalArgumentException("dateTo before dateFrom");
		}
		places = (places != null) ? List.copyOf(places) : List.of();
		actors = (actors != null) ? List.copyOf(actors) : List.of();
	}

	@Override
	public RecordKind kind() {
		return RecordKind.EVENT;
	}

	@Override
	public Instant changedAt() {
		return this.updatedAt;
	}

}
