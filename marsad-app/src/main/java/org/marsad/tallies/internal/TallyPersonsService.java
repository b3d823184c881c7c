package org.marsad.tallies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.marsad.tallies.PersonCount;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyPersons;
import org.marsad.tallies.TallyRefused;
import org.marsad.tallies.UnknownTally;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link TallyPersons} use case: the tally's scope as of a day, as its total reads it
 * (the day asked for, today when none, capped by the tally's last day; refused before its
 * first day), counted by {@link PersonCountReadModel}.
 */
@Transactional(readOnly = true)
class TallyPersonsService implements TallyPersons {

	private final TallyRepository tallies;

	private final PersonCountReadModel counts;

	private final Clock clock;

	TallyPersonsService(TallyRepository tallies, PersonCountReadModel counts, Clock clock) {
		this.tallies = tallies;
		this.counts = counts;
		this.clock = clock;
	}

	@Override
	public PersonCount persons(UUID id, LocalDate asOf) {
		Tally tally = this.tallies.find(id).orElseThrow(() -> new UnknownTally("tally"));
		LocalDate day = asOf;
		if (day == null) {
			LocalDate today = LocalDate.now(this.clock);
			day = (tally.from() != null && today.isBefore(tally.from())) ? tally.from() : today;
		}
		else if (tally.from() != null && day.isBefore(tally.from())) {
			throw TallyRefused.of("asOf", "tally.error.asOfBeforeFrom");
		}
		return this.counts.count(new Scope(tally, tally.end(day)), day);
	}

}
