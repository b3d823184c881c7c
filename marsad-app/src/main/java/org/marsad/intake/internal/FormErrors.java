package org.marsad.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.marsad.intake.FieldProblem;
import org.marsad.intake.IntakeRefused;

/**
 * The message keys of a refusal by field, for showing each next to its input.
 */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(IntakeRefused refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : refused.problems()) {
			errors.putIfAbsent(problem.field(), problem.code());
		}
		return errors;
	}

}
