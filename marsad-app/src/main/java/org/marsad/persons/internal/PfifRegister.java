package org.marsad.persons.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.persons.NewStatus;
import org.marsad.persons.PersonFields;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.PfifExchange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link PfifExchange} use cases.
 * <ul>
 * <li>a person needs a {@code person_record_id} of the form {@code domain/id}, not seen
 * before in the document or the registry, and a {@code full_name} (or given and family
 * names); {@code sex} is {@code female}, {@code male} or {@code other} (kept as unknown);
 * {@code date_of_birth} {@code YYYY[-MM[-DD]]} gives an exact year, {@code age} {@code N}
 * or {@code N-M} an approximate one at the source date; then the registry's own rules
 * apply ({@link PersonRules}); imported persons are internal</li>
 * <li>a note needs a {@code note_record_id}, a {@code source_date} not in the future, a
 * known status or none, and a person of the same document; a note with a status becomes a
 * status entry ({@link PfifStatuses}), its text the entry's note</li>
 * <li>at most {@value #MAX_BYTES} bytes</li>
 * </ul>
 */
@Transactional(readOnly = true)
class PfifRegister implements PfifExchange {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final Pattern RECORD_ID = Pattern.compile("[^/\\s]+/\\S+");

	private static final Pattern DATE_OF_BIRTH = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)?");

	private static final Pattern AGE = Pattern.compile("(\\d{1,3})(?:-(\\d{1,3}))?");

	private static final Pattern SOURCE_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}:\\d{2}Z)?");

	private final PersonRepository persons;

	private final TimelineRepository timeline;

	private final PersonRules rules;

	private final PersonJournal journal;

	private final References references;

	private final JdbcClient jdbc;

	PfifRegister(PersonRepository persons, TimelineRepository timeline, PersonRules rules, PersonJournal journal,
			References references, JdbcClient jdbc) {
		this.persons = persons;
		this.timeline = timeline;
		this.rules = rules;
		this.journal = journal;
		this.references = references;
		this.jdbc = jdbc;
	}

	@Override
	public byte[] export() {
		boolean staff = Caller.isStaff();
		Map<UUID, String> pfifIds = new HashMap<>();
		this.jdbc.sql("SELECT id, pfif_record_id FROM person WHERE pfif_record_id IS NOT NULL").query((rs) -> {
			pfifIds.put(rs.getObject("id", UUID.class), rs.getString("pfif_record_id"));
		});
		List<PfifWriter.Entry> entries = this.persons.all()
			.stream()
			.filter((row) -> staff || row.publishable())
			.map((row) -> new PfifWriter.Entry(row, pfifIds.get(row.id()),
					this.references.placeName(row.originPlaceId()), this.timeline.statuses(row.id(), staff)))
			.toList();
		return PfifWriter.write(entries, Instant.now());
	}

	@Override
	@Transactional
	public Imported importDocument(byte[] document) {
		if (document == null || document.length == 0 || document.length > MAX_BYTES) {
			throw PersonRefused.of("pfif", "persons.pfif.size");
		}
		PfifReader.Records records = PfifReader.read(document);
		Problems problems = new Problems();
		LocalDate today = LocalDate.now();
		Set<String> seen = new HashSet<>();
		List<CheckedPerson> checked = new ArrayList<>();
		Map<String, List<PfifReader.PfifNote>> notes = new HashMap<>();
		for (PfifReader.PfifPerson person : records.persons()) {
			checked.add(checkPerson(person, seen, today, problems.at(person.label())));
			notes.put(person.id(), new ArrayList<>(person.notes()));
		}
		for (PfifReader.PfifNote note : records.looseNotes()) {
			String personId = note.fields().get("person_record_id");
			if (personId == null || !notes.containsKey(personId)) {
				problems.at(note.label()).add("person_record_id", "persons.pfif.unknownPerson");
			}
			else {
				notes.get(personId).add(note);
			}
		}
		Map<PfifReader.PfifNote, NewStatus> statuses = new HashMap<>();
		notes.values().forEach((list) -> list.forEach((note) -> {
			NewStatus status = checkNote(note, today, problems.at(note.label()));
			if (status != null) {
				statuses.put(note, status);
			}
		}));
		if (records.persons().isEmpty()) {
			problems.add("pfif", "persons.pfif.empty");
		}
		problems.throwIfAny();
		return store(records.persons(), checked, notes, statuses);
	}

	private Imported store(List<PfifReader.PfifPerson> records, List<CheckedPerson> checked,
			Map<String, List<PfifReader.PfifNote>> notes, Map<PfifReader.PfifNote, NewStatus> statuses) {
		Instant at = Timestamps.now();
		int stored = 0;
		for (int i = 0; i < records.size(); i++) {
			UUID id = UUID.randomUUID();
			this.persons.insert(id, checked.get(i), at, Caller.name());
			this.jdbc.sql("UPDATE person SET pfif_record_id = :pfif WHERE id = :id")
				.param("pfif", records.get(i).id())
				.param("id", id)
				.update();
			for (PfifReader.PfifNote note : notes.get(records.get(i).id())) {
				NewStatus status = statuses.get(note);
				if (status != null) {
					this.timeline.addStatus(id, status, status.note(), at, Caller.name());
					stored++;
				}
			}
			this.journal.created(id, at);
		}
		return new Imported(records.size(), stored);
	}

	private CheckedPerson checkPerson(PfifReader.PfifPerson person, Set<String> seen, LocalDate today,
			Problems problems) {
		Map<String, String> f = person.fields();
		String id = person.id();
		if (id == null || !RECORD_ID.matcher(id).matches() || id.length() > 500) {
			problems.add("person_record_id", "persons.pfif.recordId");
		}
		else if (!seen.add(id) || known(id)) {
			problems.add("person_record_id", "persons.pfif.duplicate");
		}
		String fullName = f.get("full_name");
		if (PersonRules.blankToNull(fullName) == null) {
			fullName = (value(f, "given_name") + " " + value(f, "family_name")).strip();
		}
		String sex = PersonRules.blankToNull(f.get("sex"));
		if (sex != null && !Set.of("female", "male", "other").contains(sex)) {
			problems.add("sex", "persons.error.unknownCode");
		}
		Integer year = null;
		String precision = null;
		String born = PersonRules.blankToNull(f.get("date_of_birth"));
		String age = PersonRules.blankToNull(f.get("age"));
		Matcher dateOfBirth = (born != null) ? DATE_OF_BIRTH.matcher(born) : null;
		Matcher ages = (age != null) ? AGE.matcher(age) : null;
		if (dateOfBirth != null) {
			if (dateOfBirth.matches()) {
				year = Integer.valueOf(dateOfBirth.group(1));
				precision = "exact";
			}
			else {
				problems.add("date_of_birth", "persons.error.value");
			}
		}
		else if (ages != null) {
			if (ages.matches()) {
				int low = Integer.parseInt(ages.group(1));
				int high = (ages.group(2) != null) ? Integer.parseInt(ages.group(2)) : low;
				year = sourceYear(f, today) - (low + high) / 2;
				precision = (high - low > 4) ? "decade" : "about";
			}
			else {
				problems.add("age", "persons.error.value");
			}
		}
		PersonFields fields = new PersonFields(fullName, f.get("given_name"), null, null, f.get("family_name"), null,
				FormValues.lines(f.get("alternate_names")), "other".equals(sex) ? null : sex, null, null, year,
				precision, null, null, f.get("description"), null, null, "internal", List.of());
		return this.rules.check(fields, today, problems);
	}

	private static NewStatus checkNote(PfifReader.PfifNote note, LocalDate today, Problems problems) {
		Map<String, String> f = note.fields();
		if (PersonRules.blankToNull(f.get("note_record_id")) == null) {
			problems.add("note_record_id", "persons.error.required");
		}
		String status = PersonRules.blankToNull(f.get("status"));
		if (status != null && !PfifStatuses.PFIF.contains(status)) {
			problems.add("status", "persons.error.unknownCode");
		}
		String source = PersonRules.blankToNull(f.get("source_date"));
		Matcher date = (source != null) ? SOURCE_DATE.matcher(source) : null;
		LocalDate on = null;
		if (date == null) {
			problems.add("source_date", "persons.error.required");
		}
		else if (!date.matches()) {
			problems.add("source_date", "persons.error.value");
		}
		else {
			try {
				on = LocalDate.parse(date.group(1));
				if (on.isAfter(today)) {
					problems.add("source_date", "persons.error.future");
				}
			}
			catch (java.time.format.DateTimeParseException ex) {
				problems.add("source_date", "persons.error.value");
			}
		}
		String text = PersonRules.text(f.get("text"), "text", PersonRules.MAX_TEXT, false, problems);
		String mapped = PfifStatuses.fromPfif(status);
		return (mapped != null && on != null) ? new NewStatus(mapped, on, null, null, null, text) : null;
	}

	private boolean known(String pfifId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person WHERE pfif_record_id = :id")
			.param("id", pfifId)
			.query(Long.class)
			.single() > 0 || pfifId.startsWith(PfifWriter.DOMAIN + "/person.");
	}

	private static int sourceYear(Map<String, String> fields, LocalDate today) {
		String source = fields.get("source_date");
		return (source != null && source.length() >= 4 && source.substring(0, 4).chars().allMatch(Character::isDigit))
				? Integer.parseInt(source.substring(0, 4)) : today.getYear();
	}

	private static String value(Map<String, String> fields, String name) {
		String value = fields.get(name);
		return (value != null) ? value : "";
	}

}
