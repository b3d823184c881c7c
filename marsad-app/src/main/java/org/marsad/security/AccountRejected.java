package org.marsad.security;

import java.util.List;

/**
 * Thrown when a request breaks account rules. The message names fields and rules only,
 * never the values given (which may be passwords).
 */
public class AccountRejected extends RuntimeException {

	private final transient List<AccountProblem> problems;

	public AccountRejected(List<AccountProblem> problems) {
		super("account rules broken: " + problems);
		this.problems = List.copyOf(problems);
	}

	public AccountRejected(String field, String code) {
		this(List.of(new AccountProblem(field, code)));
	}

	/** The broken rules, at least one. */
	public List<AccountProblem> problems() {
		return this.problems;
	}

}
