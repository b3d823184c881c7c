package org.marsad.persons.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.persons.DuplicatePair;
import org.marsad.persons.DuplicateReview;
import org.marsad.persons.MergeDecision;
import org.marsad.persons.Person;
import org.marsad.persons.PersonConflict;
import org.marsad.persons.PersonFields;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PossibleDuplicate;
import org.marsad.persons.linkage.Decision;
import org.marsad.persons.linkage.LinkedPair;
import org.marsad.persons.linkage.Match;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link DuplicateReview} use cases.
 * <ul>
 * <li>a merge needs an open pair, both persons live, the person kept being one of the
 * two, and a reason; it is recorded in the history of both</li>
 * <li>an unmerge needs a merged person and a reason; the pair is marked {@code unmerged}
 * so that linkage does not queue it again</li>
 * </ul>
 */
@Transactional(readOnly = true)
class DuplicateRegister implements DuplicateReview {

	static final int SIMILAR = 5;

	static final int QUEUE = 50;

	private final PersonLinkage linkage;

	private final MatchRepository matches;

	private final PersonRepository persons;

	private final PersonReader reader;

	private final PersonJournal journal;

	DuplicateRegister(PersonLinkage linkage, MatchRepository matches, PersonRepository persons, PersonReader reader,
			PersonJournal journal) {
		this.linkage = linkage;
		this.matches = matches;
		this.persons = persons;
		this.reader = reader;
		this.journal = journal;
	}

	@Override
	public List<PossibleDuplicate> similar(PersonFields person) {
		if (person == null || PersonRules.blankToNull(person.fullName()) == null) {
			return List.of();
		}
		return this.linkage.candidates(person, SIMILAR)
			.stream()
			.filter((match) -> match.decision() != Decision.NON_MATCH)
			.flatMap((match) -> this.persons.find(UUID.fromString(match.otherId()))
				.filter(PersonRow::live)
				.map((row) -> new PossibleDuplicate(this.reader.summary(row), match.weight(),
						match.decision().name().toLowerCase(java.util.Locale.ROOT),
						MatchRepository.evidence(match.evidence())))
				.stream())
			.toList();
	}

	@Override
	public List<DuplicatePair> queue() {
		return this.matches.open(QUEUE).stream().map(this::pair).toList();
	}

	@Override
	public List<DuplicatePair> pairsOf(UUID personId) {
		this.reader.row(personId);
		return this.matches.openOf(personId).stream().map(this::pair).toList();
	}

	@Override
	public DuplicatePair pair(UUID id) {
		return pair(this.matches.find(id).orElseThrow(() -> new PersonNotFound("pair")));
	}

	@Override
	@Transactional
	public Person merge(UUID id, MergeDecision decision) {
		MatchRepository.Row pair = this.matches.find(id).orElseThrow(() -> new PersonNotFound("pair"));
		Problems problems = new Problems();
		if (!"open".equals(pair.state())) {
			problems.add("id", "persons.error.resolved");
		}
		UUID keep = decision.keep();
		if (keep == null || !(keep.equals(pair.left()) || keep.equals(pair.right()))) {
			problems.add("keep", "persons.error.notInPair");
		}
		String reason = PersonRegister.reason(decision.reason(), true, problems);
		problems.throwIfAny();
		UUID other = keep.equals(pair.left()) ? pair.right() : pair.left();
		PersonRow kept = this.reader.live(keep);
		PersonRow merged = this.reader.live(other);
		Instant at = Timestamps.now();
		if (!this.persons.merge(other, merged.version(), keep, at, Caller.name())) {
			throw new PersonConflict(other, merged.version());
		}
		this.matches.resolve(id, "open", "merged", at, Caller.name());
		this.journal.changed(other, "merged", reason, at, merged);
		this.persons.touch(keep, at, Caller.name());
		this.journal.changed(keep, "merged", reason, at, kept);
		return this.reader.person(keep);
	}

	@Override
	@Transactional
	public void distinct(UUID id, String reason) {
		MatchRepository.Row pair = this.matches.find(id).orElseThrow(() -> new PersonNotFound("pair"));
		Problems problems = new Problems();
		PersonRegister.reason(reason, true, problems);
		if (!"open".equals(pair.state())) {
			problems.add("id", "persons.error.resolved");
		}
		problems.throwIfAny();
		this.matches.resolve(id, "open", "distinct", Timestamps.now(), Caller.name());
	}

	@Override
	@Transactional
	public Person unmerge(UUID personId, String reason) {
		PersonRow row = this.reader.row(personId);
		Problems problems = new Problems();
		String why = PersonRegister.reason(reason, true, problems);
		if (row.mergedInto() == null) {
			problems.add("id", "persons.error.notMerged");
		}
		problems.throwIfAny();
		Instant at = Timestamps.now();
		if (!this.persons.merge(personId, row.version(), null, at, Caller.name())) {
			throw new PersonConflict(personId, row.version());
		}
		Optional<MatchRepository.Row> pair = this.matches.mergedWith(personId);
		pair.ifPresent((p) -> this.matches.resolve(p.id(), "merged", "unmerged", at, Caller.name()));
		this.journal.changed(personId, "unmerged", why, at, row);
		return this.reader.person(personId);
	}

	@Override
	@Transactional
	public int scan() {
		Instant at = Timestamps.now();
		int queued = 0;
		for (LinkedPair pair : this.linkage.pairs()) {
			Optional<PersonRow> left = this.persons.find(UUID.fromString(pair.leftId()));
			Optional<PersonRow> right = this.persons.find(UUID.fromString(pair.rightId()));
			if (left.isPresent() && right.isPresent()) {
				Match match = this.linkage.compare(left.get(), right.get());
				queued += this.matches.queue(left.get().id(), right.get().id(), match, at) ? 1 : 0;
			}
		}
		return queued;
	}

	private DuplicatePair pair(MatchRepository.Row row) {
		PersonRow left = this.persons.find(row.left()).orElseThrow(() -> new PersonNotFound("person"));
		PersonRow right = this.persons.find(row.right()).orElseThrow(() -> new PersonNotFound("person"));
		return new DuplicatePair(row.id(), this.reader.person(left), this.reader.person(right), row.weight(),
				row.decision(), row.evidence(), row.state(), row.foundAt());
	}

}
