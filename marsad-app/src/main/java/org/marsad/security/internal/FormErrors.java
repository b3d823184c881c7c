package org.marsad.security.internal;

import org.marsad.security.AccountProblem;
import org.marsad.security.AccountRejected;

import org.springframework.validation.BindingResult;

/**
 * Puts broken account rules next to the form fields they concern.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, AccountRejected rejected) {
		for (AccountProblem problem : rejected.problems()) {
			result.rejectValue(problem.field(), problem.code());
		}
	}

}
