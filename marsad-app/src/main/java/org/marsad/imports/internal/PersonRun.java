package org.marsad.imports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.imports.ImportCheck;
import org.marsad.imports.PersonField;
import org.marsad.imports.PersonsImported;
import org.marsad.imports.RowProblem;
import org.marsad.intake.FieldProblem;
import org.marsad.intake.NewReport;
import org.marsad.intake.Reports;
import org.marsad.persons.IdentityEvidence;
import org.marsad.persons.NewHousehold;
import org.marsad.persons.PersonFields;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.Persons;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Goes through a sheet of persons with the rules of the registry, in one transaction.
 * <ol>
 * <li>records the sheet as a report (channel {@code document}): the source every person
 * of the sheet is linked to, as the registry links persons to the reports that speak of
 * them; the report names the file, never its content</li>
 * <li>reads every row ({@link PersonRowReading}) and groups the rows of each household
 * (rows with the same household key), or takes a row alone</li>
 * <li>registers each household at once, or each person alone, then each row's identity
 * document, through the persons API as a documenter would, so that an import obeys every
 * rule the forms obey, and every person registered is compared with the registry for
 * duplicates once the commit is done (pairs are queued for review, never merged); a
 * refusal is named by row and column and the run goes on to find the others, up to
 * {@value ImportCheck#MAX_PROBLEMS}</li>
 * <li>commits only when it was asked to keep the rows and nothing was refused</li>
 * </ol>
 */
final class PersonRun {

	private final Persons persons;

	private final IdentityEvidence evidence;

	private final Reports reports;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher publisher;

	PersonRun(Persons persons, IdentityEvidence evidence, Reports reports, TransactionTemplate transactions,
			ApplicationEventPublisher publisher) {
		this.persons = persons;
		this.evidence = evidence;
		this.reports = reports;
		this.transactions = transactions;
		this.publisher = publisher;
	}

	/**
	 * Runs a sheet of persons.
	 * @param sheet the stored file and its reader
	 * @param reading how rows are read
	 * @param source the report that stands for the sheet
	 * @param keep whether to commit when nothing is refused
	 * @param progress told of the rows gone through
	 * @param jobId the job, for the published event; {@code null} for a dry run
	 * @return what was (or would be) registered, and what was refused
	 */
	ImportCheck run(ImportRun.StoredSheet sheet, PersonRowReading reading, NewReport source, boolean keep,
			ImportRun.Progress progress, UUID jobId) {
		Map<String, PersonGroup> groups = new LinkedHashMap<>();
		int[] rows = { 0 };
		sheet.reader().read(sheet.file(), (number, cells) -> {
			if (number > 1) {
				PersonSheetRow row = reading.read(number, cells);
				if (!row.empty()) {
					rows[0]++;
					String key = (row.householdKey() != null) ? "h:" + row.householdKey() : "r:" + number;
					groups.computeIfAbsent(key, (k) -> new PersonGroup(row.householdKey())).add(row);
				}
			}
			return true;
		});
		return this.transactions
			.execute((status) -> apply(groups, rows[0], reading, source, keep, progress, jobId, sheet.id(), status));
	}

	private ImportCheck apply(Map<String, PersonGroup> groups, int rows, PersonRowReading reading, NewReport source,
			boolean keep, ImportRun.Progress progress, UUID jobId, UUID sheetId, TransactionStatus status) {
		UUID reportId = this.reports.create(source, List.of()).id();
		RunTally tally = new RunTally();
		for (PersonGroup group : groups.values()) {
			if (tally.full()) {
				break;
			}
			if (group.problems().isEmpty()) {
				applyGroup(group, reportId, reading, tally);
			}
			else {
				tally.add(group.problems());
			}
			progress.done(group.rows().size());
		}
		if (keep && tally.clean()) {
			this.publisher.publishEvent(new PersonsImported(jobId, sheetId, reportId, tally.persons, tally.households));
		}
		else {
			status.setRollbackOnly();
		}
		return tally.check(rows);
	}

	private void applyGroup(PersonGroup group, UUID reportId, PersonRowReading reading, RunTally tally) {
		List<UUID> ids;
		try {
			if (group.key() == null) {
				ids = List.of(this.persons.create(sourced(group.rows().get(0).person(), reportId)).id());
			}
			else {
				List<PersonFields> members = group.rows()
					.stream()
					.map((row) -> sourced(row.person(), reportId))
					.toList();
				ids = this.persons.registerMembers(new NewHousehold(group.key(), members)).memberIds();
				tally.households++;
			}
		}
		catch (PersonRefused refused) {
			tally.add(refusals(refused, group, reading));
			return;
		}
		tally.persons += ids.size();
		for (int i = 0; i < ids.size(); i++) {
			PersonSheetRow row = group.rows().get(i);
			if (row.document() == null) {
				continue;
			}
			try {
				this.evidence.addDocument(ids.get(i), row.document());
			}
			catch (PersonRefused refused) {
				tally.add(documentRefusals(refused, row, reading));
			}
		}
	}

	private static PersonFields sourced(PersonFields p, UUID reportId) {
		return new PersonFields(p.fullName(), p.givenName(), p.fatherName(), p.grandfatherName(), p.familyName(),
				p.kunya(), p.latinNames(), p.sex(), p.age(), p.ageOn(), p.birthYear(), p.birthPrecision(),
				p.nationality(), p.originPlaceId(), p.description(), p.householdId(), p.householdRelation(),
				p.confidentiality(), List.of(reportId));
	}

	private static List<RowProblem> refusals(PersonRefused refused, PersonGroup group, PersonRowReading reading) {
		List<RowProblem> problems = new ArrayList<>(refused.problems().size());
		for (FieldProblem problem : refused.problems()) {
			if ("persons.error.twoHeads".equals(problem.code())) {
				problems.addAll(secondHeads(group, reading, problem.code()));
				continue;
			}
			int member = PersonRefusalColumns.member(problem.field());
			PersonSheetRow row = group.rows().get(Math.max(member, 0));
			problems.add(problem(row, PersonRefusalColumns.person(problem.field()), problem.code(), reading));
		}
		return problems;
	}

	private static List<RowProblem> secondHeads(PersonGroup group, PersonRowReading reading, String code) {
		List<RowProblem> problems = new ArrayList<>(1);
		boolean first = true;
		for (PersonSheetRow row : group.rows()) {
			if ("head".equals(row.person().householdRelation())) {
				if (!first) {
					problems.add(problem(row, PersonField.RELATION, code, reading));
				}
				first = false;
			}
		}
		return problems;
	}

	private static List<RowProblem> documentRefusals(PersonRefused refused, PersonSheetRow row,
			PersonRowReading reading) {
		return refused.problems()
			.stream()
			.map((p) -> problem(row, PersonRefusalColumns.document(p.field()), p.code(), reading))
			.toList();
	}

	private static RowProblem problem(PersonSheetRow row, PersonField field, String code, PersonRowReading reading) {
		String column = (field != null) ? reading.column(field) : null;
		String value = (column != null) ? reading.shownCell(row, field) : null;
		return new RowProblem(row.number(), column, value, reading.message(code));
	}

}
