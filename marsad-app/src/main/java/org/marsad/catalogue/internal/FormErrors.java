package org.marsad.catalogue.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.marsad.catalogue.CatalogueConflict;
import org.marsad.catalogue.CatalogueRefused;
import org.marsad.catalogue.CatalogueRefused.Problem;

/**
 * The message keys of a refusal by field, for showing each next to its input.
 */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(CatalogueRefused refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Problem problem : refused.problems()) {
			errors.putIfAbsent(problem.field(), problem.code());
		}
		return errors;
	}

	static Map<String, String> of(CatalogueConflict conflict) {
		return Map.of(conflict.field(), conflict.code());
	}

}
