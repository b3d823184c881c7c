package org.marsad.catalogue.internal;

import org.marsad.catalogue.CataloguePage;
import org.marsad.catalogue.CatalogueRefused;

/**
 * The bounds of a page asked for: page from 0, size from 1 to
 * {@value CataloguePage#MAX_SIZE}.
 */
final class PageBounds {

	private PageBounds() {
	}

	static void check(int page, int size) {
		if (page < 0) {
			throw CatalogueRefused.of("page", "catalogue.error.page");
		}
		if (size < 1 || size > CataloguePage.MAX_SIZE) {
			throw CatalogueRefused.of("size", "catalogue.error.size");
		}
	}

}
