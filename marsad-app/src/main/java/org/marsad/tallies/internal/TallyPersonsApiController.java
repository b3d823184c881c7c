package org.marsad.tallies.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.tallies.PersonCount;
import org.marsad.tallies.TallyPersons;
import org.marsad.tallies.TallyRefused;
import org.marsad.tallies.UnknownTally;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The persons of the registry behind a tally over HTTP. Refusals are the problem details
 * of the other tally endpoints ({@link TallyApiProblems}).
 */
@RestController
@Tag(name = "Tallies", description = "Running counts over coded figures, with intervals, checks and provenance")
class TallyPersonsApiController {

	private final TallyPersons persons;

	private final TallyApiProblems problems;

	TallyPersonsApiController(TallyPersons persons, TallyApiProblems problems) {
		this.persons = persons;
		this.problems = problems;
	}

	@GetMapping("/api/tallies/{id}/persons")
	@Operation(summary = "How many registry persons and households the tally's figures name (analysts)",
			description = "Distinct persons linked to the figures of persons and families in the tally's scope as "
					+ "of a day, their households, and the figures that name more persons than their high bound "
					+ "allows.")
	PersonCount persons(@PathVariable UUID id, @RequestParam(required = false) String asOf) {
		return this.persons.persons(id, TallyRules.day(asOf, "asOf"));
	}

	@ExceptionHandler
	ProblemDetail refused(TallyRefused refused) {
		return this.problems.refused(refused);
	}

	@ExceptionHandler
	ProblemDetail unknown(UnknownTally unknown) {
		return this.problems.unknown(unknown);
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return this.problems.mismatch(ex);
	}

}
