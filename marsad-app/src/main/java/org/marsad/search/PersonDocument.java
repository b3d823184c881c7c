package org.marsad.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A coded person as the index sees it.
 * <ul>
 * <li>Names are analysed as names ({@code NameAnalyzer}): folded, never stemmed, with
 * particles («عبد»، «أبو»، «ال») handled and a transliteration key beside each word, so
 * that «Mohammed al-Ahmad» finds «محمد الأحمد» and back. Give every spelling known:
 * Arabic variants in {@code names}, Latin spellings in {@code latinNames}.</li>
 * <li>Persons are personal data: an {@link Confidentiality#INTERNAL internal} person is
 * invisible to viewers without a staff role.</li>
 * </ul>
 *
 * @param id the person id
 * @param names the names as written in Arabic, the preferred one first (shown as the
 * title)
 * @param latinNames the Latin spellings
 * @param sex {@code female}, {@code male} or {@code null}
 * @param nationality ISO 3166-1 alpha-2 code, e.g. {@code IQ}, or {@code null}
 * @param places places tied to the person (origin, residence), each followed by its
 * ancestors
 * @param confidentiality who may find the person
 * @param updatedAt when the record last changed
 */
public record PersonDocument(UUID id, List<String> names, List<String> latinNames, String sex, String nationality,
		List<CatalogueEntry> places, Confidentiality confidentiality, Instant updatedAt) implements SearchDocument {

	/**
	 * Checks the fields every person has and copies the lists.
	 * @throws NullPointerException when a required field is missing
	 * @throws IllegalArgumentException when the person has no name in either script
	 */
	public PersonDocument {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(confidentiality, "confidentiality");
		Objects.requireNonNull(updatedAt, "updatedAt");
		names = (names != null) ? List.copyOf(names) : List.of();
		latinNames = (latinNames != null) ? List.copyOf(latinNames) : List.of();
		places = (places != null) ? List.copyOf(places) : List.of();
		if (names.isEmpty() && latinNames.isEmpty()) {
			throw new IllegalArgumentException("a person needs a name");
		}
	}

	@Override
	public RecordKind kind() {
		return RecordKind.PERSON;
	}

	@Override
	public Instant changedAt() {
		return this.updatedAt;
	}

	/**
	 * The name shown as the title of a hit: the first Arabic name, else the first Latin.
	 */
	public String displayName() {
		return this.names.isEmpty() ? this.latinNames.get(0) : this.names.get(0);
	}

}
