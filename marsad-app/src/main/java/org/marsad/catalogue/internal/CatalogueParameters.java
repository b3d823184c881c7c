package org.marsad.catalogue.internal;

import java.util.Locale;

import org.marsad.catalogue.CataloguePage;
import org.marsad.catalogue.CatalogueRefused;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Reads the query parameters and versions of catalogue requests, for the API and the
 * pages alike.
 * <ul>
 * <li>{@code page} from 0 (default 0); {@code size} from 1 (default
 * {@value CataloguePage#DEFAULT_SIZE}), larger sizes are served as
 * {@value CataloguePage#MAX_SIZE}</li>
 * <li>{@code kind} a kind code; empty does not filter</li>
 * <li>a version is required on edits and deletions</li>
 * </ul>
 */
final class CatalogueParameters {

	private CatalogueParameters() {
	}

	static int page(Integer page) {
		int number = (page != null) ? page : 0;
		if (number < 0) {
			throw CatalogueRefused.of("page", "catalogue.error.page");
		}
		return number;
	}

	static int size(Integer size) {
		int length = (size != null) ? Math.min(size, CataloguePage.MAX_SIZE) : CataloguePage.DEFAULT_SIZE;
		if (length < 1) {
			throw CatalogueRefused.of("size", "catalogue.error.size");
		}
		return length;
	}

	static PlaceKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		for (PlaceKind value : PlaceKind.values()) {
			if (value.code().equals(kind.strip().toLowerCase(Locale.ROOT))) {
				return value;
			}
		}
		throw CatalogueRefused.of("kind", "catalogue.error.kind");
	}

	static int version(Integer version) {
		if (version == null || version < 1) {
			throw CatalogueRefused.of("version", "catalogue.error.version");
		}
		return version;
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
