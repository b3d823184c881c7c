package org.marsad.catalogue;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * A place of the gazetteer (DESIGN, "Places").
 *
 * @param id stable id: an OCHA P-code where known
 * @param nameAr the Arabic name, or {@code null}
 * @param nameEn the English name, or {@code null}
 * @param kind the kind of place; in JSON its code, e.g. {@code town}
 * @param lat latitude in degrees, or {@code null}
 * @param lon longitude in degrees, or {@code null}
 * @param parentId the enclosing place, or {@code null}; it may name a place not (yet) in
 * the catalogue
 * @param aliases other names, Arabic or Latin
 * @param origin where the entry comes from: {@code starter}, {@code curated} (added or
 * edited by a person) or the format it was imported from
 * @param version the version, from 1; an edit must name it
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
public record Place(String id, String nameAr, String nameEn, @JsonIgnore PlaceKind kind, Double lat, Double lon,
		String parentId, List<String> aliases, String origin, int version, Instant updatedAt, String updatedBy) {

	/**
	 * Copies the aliases.
	 */
	public Place {
		aliases = List.copyOf(aliases);
	}

	/** The code of the kind, as written in JSON, forms and the database. */
	@JsonProperty("kind")
	public String kindCode() {
		return this.kind.code();
	}

	/** Whether both coordinates are known. */
	@JsonIgnore
	public boolean hasCoordinates() {
		return this.lat != null && this.lon != null;
	}

	/**
	 * The name to show in a language, falling back to the other one.
	 * @param language {@code ar} or {@code en}
	 * @return the name
	 */
	public String name(String language) {
		String preferred = "en".equals(language) ? this.nameEn : this.nameAr;
		return (preferred != null) ? preferred : ("en".equals(language) ? this.nameAr : this.nameEn);
	}

	/** The place as the text engine's gazetteer holds it. */
	public org.marsad.text.Place toGazetteerEntry() {
		return new org.marsad.text.Place(this.id, this.nameAr, this.nameEn, this.kind, this.lat, this.lon,
				this.parentId, this.aliases);
	}

}
