package org.marsad.persons.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;
import org.marsad.persons.Household;
import org.marsad.persons.NewHousehold;
import org.marsad.persons.NewStatus;
import org.marsad.persons.Person;
import org.marsad.persons.PersonChange;
import org.marsad.persons.PersonConflict;
import org.marsad.persons.PersonEdit;
import org.marsad.persons.PersonFields;
import org.marsad.persons.PersonFilter;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonSummary;
import org.marsad.persons.RegisteredHousehold;
import org.marsad.persons.Persons;
import org.marsad.persons.Voiding;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Persons} use cases, each one transaction: checks first (every problem
 * named), then the conditional write (a stale version changes nothing), then the history
 * row and the audit entry ({@link PersonJournal}).
 * <ul>
 * <li>a reason up to {@value #MAX_REASON} characters; required to void</li>
 * <li>a void or merged person cannot be changed</li>
 * <li>a household has a name of 1 to 200 characters and 1 to {@value #MAX_MEMBERS}
 * members</li>
 * </ul>
 */
@Transactional(readOnly = true)
class PersonRegister implements Persons {

	static final int MAX_REASON = 2000;

	static final int MAX_MEMBERS = 40;

	private final PersonRules rules;

	private final PersonRepository persons;

	private final TimelineRepository timeline;

	private final PersonReader reader;

	private final PersonJournal journal;

	private final StatusRules statusRules;

	PersonRegister(PersonRules rules, PersonRepository persons, TimelineRepository timeline, PersonReader reader,
			PersonJournal journal, StatusRules statusRules) {
		this.rules = rules;
		this.persons = persons;
		this.timeline = timeline;
		this.reader = reader;
		this.journal = journal;
		this.statusRules = statusRules;
	}

	@Override
	@Transactional
	public Person create(PersonFields fields) {
		Problems problems = new Problems();
		CheckedPerson person = this.rules.check(fields, LocalDate.now(), problems);
		problems.throwIfAny();
		return get(insert(person, Timestamps.now()));
	}

	@Override
	@Transactional
	public Household register(NewHousehold household) {
		return household(registerMembers(household).householdId());
	}

	@Override
	@Transactional
	public RegisteredHousehold registerMembers(NewHousehold household) {
		Problems problems = new Problems();
		String name = PersonRules.text(household.name(), "name", 200, true, problems);
		if (household.members().isEmpty() || household.members().size() > MAX_MEMBERS) {
			problems.add("members", "persons.error.members");
		}
		UUID id = UUID.randomUUID();
		Instant at = Timestamps.now();
		// stored before the members are checked, so that they can refer to it; a refusal
		// rolls both back
		this.persons.insertHousehold(id, (name != null) ? name : "", at, Caller.name());
		List<CheckedPerson> members = new ArrayList<>();
		for (int i = 0; i < household.members().size(); i++) {
			PersonFields member = household.members().get(i).inHousehold(id);
			members.add(this.rules.check(member, LocalDate.now(), problems.at("members", i)));
		}
		if (members.stream().filter((m) -> m != null && "head".equals(m.householdRelation())).count() > 1) {
			problems.add("members", "persons.error.twoHeads");
		}
		problems.throwIfAny();
		List<UUID> ids = members.stream().map((member) -> insert(member, at)).toList();
		return new RegisteredHousehold(id, ids);
	}

	@Override
	@Transactional
	public Person update(UUID id, PersonEdit edit) {
		PersonRow row = live(id);
		Problems problems = new Problems();
		Integer version = version(edit.version(), problems);
		String reason = reason(edit.reason(), false, problems);
		CheckedPerson person = this.rules.check(edit.person(), LocalDate.now(), problems.at("person"));
		problems.throwIfAny();
		Instant at = Timestamps.now();
		if (!this.persons.update(id, version, person, at, Caller.name())) {
			throw new PersonConflict(id, row.version());
		}
		this.timeline.linkReports(id, person.sourceReportIds(), at, Caller.name());
		this.journal.changed(id, "updated", reason, at, row);
		return get(id);
	}

	@Override
	@Transactional
	public Person voidPerson(UUID id, Voiding voiding) {
		PersonRow row = live(id);
		Problems problems = new Problems();
		Integer version = version(voiding.version(), problems);
		String reason = reason(voiding.reason(), true, problems);
		problems.throwIfAny();
		Instant at = Timestamps.now();
		if (!this.persons.voidPerson(id, version, reason, at, Caller.name())) {
			throw new PersonConflict(id, row.version());
		}
		this.journal.changed(id, "voided", reason, at, row);
		return get(id);
	}

	@Override
	@Transactional
	public Person addStatus(UUID id, NewStatus status) {
		PersonRow row = live(id);
		Problems problems = new Problems();
		String note = this.statusRules.check(status, LocalDate.now(), problems);
		problems.throwIfAny();
		Instant at = Timestamps.now();
		this.timeline.addStatus(id, status, note, at, Caller.name());
		this.persons.touch(id, at, Caller.name());
		this.journal.changed(id, "status_added", null, at, row);
		return get(id);
	}

	@Override
	public Person get(UUID id) {
		return this.reader.person(id);
	}

	@Override
	public Household household(UUID id) {
		String name = this.persons.householdName(id).orElseThrow(() -> new PersonNotFound("household"));
		boolean staff = Caller.isStaff();
		List<PersonSummary> members = this.persons.members(id)
			.stream()
			.filter((row) -> staff || row.publishable())
			.map(this.reader::summary)
			.toList();
		return new Household(id, name, members);
	}

	@Override
	public PageOf<PersonSummary> list(PersonFilter filter, PageRequest page) {
		boolean staff = Caller.isStaff();
		List<PersonSummary> items = this.persons.list(filter, staff, page.offset(), page.size())
			.stream()
			.map(this.reader::summary)
			.toList();
		return new PageOf<>(items, page.page(), page.size(), this.persons.count(filter, staff));
	}

	@Override
	public List<PersonChange> history(UUID id) {
		this.reader.row(id);
		return this.journal.history(id);
	}

	private UUID insert(CheckedPerson person, Instant at) {
		UUID id = UUID.randomUUID();
		this.persons.insert(id, person, at, Caller.name());
		this.timeline.linkReports(id, person.sourceReportIds(), at, Caller.name());
		this.journal.created(id, at);
		return id;
	}

	private PersonRow live(UUID id) {
		return this.reader.live(id);
	}

	static Integer version(Integer version, Problems problems) {
		if (version == null || version < 1) {
			problems.add("version", "persons.error.version");
		}
		return version;
	}

	static String reason(String reason, boolean required, Problems problems) {
		return PersonRules.text(reason, "reason", MAX_REASON, required, problems);
	}

}
