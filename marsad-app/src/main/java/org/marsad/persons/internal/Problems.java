package org.marsad.persons.internal;

import java.util.ArrayList;
import java.util.List;

import org.marsad.persons.PersonRefused;
import org.marsad.intake.FieldProblem;

/**
 * Collects what is wrong with a request, naming each field by its path in the request
 * ({@code members[1].birthYear}), so that every broken rule is reported at once rather
 * than only the first.
 */
final class Problems {

	private final List<FieldProblem> found;

	private final String prefix;

	Problems() {
		this(new ArrayList<>(), "");
	}

	private Problems(List<FieldProblem> found, String prefix) {
		this.found = found;
		this.prefix = prefix;
	}

	/** The problems of a nested object, e.g. {@code event}. */
	Problems at(String name) {
		return new Problems(this.found, path(name));
	}

	/** The problems of an element of a list, e.g. {@code figures[2]}. */
	Problems at(String name, int index) {
		return new Problems(this.found, path(name) + "[" + index + "]");
	}

	void add(String field, String code) {
		this.found.add(new FieldProblem(path(field), code));
	}

	/** A problem with the object itself rather than one of its fields. */
	void add(String code) {
		add("", code);
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	int count() {
		return this.found.size();
	}

	/**
	 * Ends the checks.
	 * @throws PersonRefused naming every problem found, if there is one
	 */
	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new PersonRefused(this.found);
		}
	}

	private String path(String field) {
		if (this.prefix.isEmpty()) {
			return field;
		}
		return field.isEmpty() ? this.prefix : this.prefix + "." + field;
	}

}
