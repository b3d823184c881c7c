package org.marsad.persons.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.marsad.persons.CountedFigure;
import org.marsad.persons.CountedPersons;
import org.marsad.persons.CountingRefused;
import org.marsad.persons.NamedInFigure;
import org.marsad.persons.PersonSummary;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link CountedPersons} use cases, each one transaction: the rules
 * ({@link CountingRules}), then the link and the person's new version, then the history
 * row and the audit entry ({@link CountingJournal}).
 */
@Transactional(readOnly = true)
class CountingRegister implements CountedPersons {

	private final CountingRepository links;

	private final PersonRepository persons;

	private final PersonReader reader;

	private final CountingJournal journal;

	CountingRegister(CountingRepository links, PersonRepository persons, PersonReader reader, CountingJournal journal) {
		this.links = links;
		this.persons = persons;
		this.reader = reader;
		this.journal = journal;
	}

	@Override
	@Transactional
	public CountedFigure link(UUID personId, UUID figureId) {
		PersonRow person = visible(personId);
		CountableFigure figure = (figureId != null) ? this.links.figure(figureId, Caller.isStaff()).orElse(null) : null;
		CountingRules.check(person, figure, figure != null && this.links.linked(figureId, personId));
		Instant at = Timestamps.now();
		this.links.link(figureId, personId, at, Caller.name());
		this.persons.touch(personId, at, Caller.name());
		this.journal.record(personId, figureId, "counted", at, person);
		return figure.counted(at, Caller.name());
	}

	@Override
	@Transactional
	public void unlink(UUID personId, UUID figureId) {
		PersonRow person = visible(personId);
		if (person == null) {
			throw new CountingRefused("personId", "counting.error.unknownPerson", CountingRefused.Reason.UNKNOWN);
		}
		Instant at = Timestamps.now();
		if (figureId == null || !this.links.unlink(figureId, personId, at, Caller.name())) {
			throw new CountingRefused("figureId", "counting.error.notLinked", CountingRefused.Reason.NOT_LINKED);
		}
		this.persons.touch(personId, at, Caller.name());
		this.journal.record(personId, figureId, "uncounted", at, person);
	}

	@Override
	public List<CountedFigure> countedIn(UUID personId) {
		this.reader.row(personId);
		return this.links.countedIn(personId, Caller.isStaff());
	}

	@Override
	public List<CountedFigure> countable(UUID personId) {
		this.reader.row(personId);
		return this.links.countable(personId, Caller.isStaff());
	}

	@Override
	public NamedInFigure named(UUID figureId) {
		boolean staff = Caller.isStaff();
		CountableFigure figure = this.links.figure(figureId, staff)
			.orElseThrow(() -> new CountingRefused("figureId", "counting.error.unknownFigure",
					CountingRefused.Reason.UNKNOWN));
		List<UUID> named = this.links.named(figureId);
		List<PersonSummary> persons = named.stream()
			.map((id) -> this.persons.find(id).orElseThrow())
			.filter((row) -> staff || row.publishable())
			.map(this.reader::summary)
			.toList();
		return new NamedInFigure(figureId, figure.eventId(), figure.unit(), figure.value(), persons,
				figure.value().exceededBy(persons.size()));
	}

	/** The person, if it exists for the caller. */
	private PersonRow visible(UUID personId) {
		PersonRow row = this.persons.find(personId).orElse(null);
		return (row != null && (row.publishable() || Caller.isStaff())) ? row : null;
	}

}
