package org.marsad.imports.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.events.CodingRefused;
import org.marsad.events.Event;
import org.marsad.events.Events;
import org.marsad.events.Figures;
import org.marsad.events.NewFigure;
import org.marsad.imports.EventsImported;
import org.marsad.imports.ImportCheck;
import org.marsad.imports.ImportField;
import org.marsad.imports.RowProblem;
import org.marsad.intake.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Goes through a sheet's rows with the rules of the record, in one transaction.
 * <ol>
 * <li>reads every row ({@link RowReading}) and groups the rows of each event
 * ({@link EventGroup}): rows with the same event key, or each row alone</li>
 * <li>creates each event and its figures through the events API, as a documenter would,
 * so that an import obeys every rule the forms obey; a refusal is named by row and column
 * ({@link RefusalColumns}) and the run goes on to find the others, up to
 * {@value ImportCheck#MAX_PROBLEMS}</li>
 * <li>commits only when it was asked to keep the rows and nothing was refused; a dry run
 * and a refused commit roll everything back</li>
 * </ol>
 * Figures imported from a sheet carry the value as the sheet states it under the
 * {@code manual} value rule: no report of the record states it yet.
 */
final class ImportRun {

	private final Events events;

	private final Figures figures;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher publisher;

	ImportRun(Events events, Figures figures, TransactionTemplate transactions, ApplicationEventPublisher publisher) {
		this.events = events;
		this.figures = figures;
		this.transactions = transactions;
		this.publisher = publisher;
	}

	/**
	 * Runs a sheet.
	 * @param sheet the stored file and its reader
	 * @param columns the mapping
	 * @param reading how rows are read
	 * @param keep whether to commit when nothing is refused
	 * @param progress told of the rows gone through
	 * @param jobId the job, for the published event; {@code null} for a dry run
	 * @return what was (or would be) created, and what was refused
	 */
	ImportCheck run(StoredSheet sheet, SheetColumns columns, RowReading reading, boolean keep, Progress progress,
			UUID jobId) {
		Map<String, EventGroup> groups = new LinkedHashMap<>();
		int[] rows = { 0 };
		sheet.reader().read(sheet.file(), (number, cells) -> {
			if (number > 1) {
				SheetRow row = reading.read(number, cells);
				if (!row.empty()) {
					rows[0]++;
					String key = (row.key() != null) ? "k:" + row.key() : "r:" + number;
					groups.computeIfAbsent(key, (k) -> new EventGroup()).add(row, columns, reading::message);
				}
			}
			return true;
		});
		return this.transactions
			.execute((status) -> apply(groups, rows[0], columns, reading, keep, progress, jobId, sheet.id(), status));
	}

	private ImportCheck apply(Map<String, EventGroup> groups, int rows, SheetColumns columns, RowReading reading,
			boolean keep, Progress progress, UUID jobId, UUID sheetId, TransactionStatus status) {
		RunTally tally = new RunTally();
		for (EventGroup group : groups.values()) {
			if (tally.full()) {
				break;
			}
			applyGroup(group, columns, reading, tally);
			progress.done(group.rows().size());
		}
		if (keep && tally.clean()) {
			this.publisher.publishEvent(new EventsImported(jobId, sheetId, tally.events, tally.figures));
		}
		else {
			status.setRollbackOnly();
		}
		return tally.check(rows);
	}

	private void applyGroup(EventGroup group, SheetColumns columns, RowReading reading, RunTally tally) {
		if (!group.problems().isEmpty()) {
			tally.add(group.problems());
			return;
		}
		if (group.event() == null) {
			SheetRow first = group.rows().get(0);
			tally.add(List.of(new RowProblem(first.number(), columns.column(ImportField.TYPE), null,
					reading.message("import.error.eventMissing"))));
			return;
		}
		Event event;
		try {
			event = this.events.create(group.event());
			tally.events++;
		}
		catch (CodingRefused refused) {
			tally.add(refusals(refused, group.eventRow(), group, columns, reading));
			return;
		}
		for (SheetRow row : group.rows()) {
			if (row.figure() == null) {
				continue;
			}
			try {
				this.figures.add(event.id(), new NewFigure(row.figure(), List.of()));
				tally.figures++;
			}
			catch (CodingRefused refused) {
				tally.add(refusals(refused, row, group, columns, reading));
			}
		}
	}

	private static List<RowProblem> refusals(CodingRefused refused, SheetRow row, EventGroup group,
			SheetColumns columns, RowReading reading) {
		List<RowProblem> problems = new ArrayList<>(refused.problems().size());
		for (FieldProblem problem : refused.problems()) {
			ImportField field = RefusalColumns.field(problem.field(), group.event().actors(), columns);
			String column = (field != null) ? columns.column(field) : null;
			problems.add(new RowProblem(row.number(), column, (field != null) ? reading.shownCell(row, field) : null,
					reading.message(problem.code())));
		}
		return problems;
	}

	/**
	 * Told how many rows have been gone through.
	 */
	@FunctionalInterface
	interface Progress {

		/** Nothing to tell (a dry run). */
		Progress NONE = (rows) -> {
		};

		void done(int rows);

	}

	/**
	 * A stored sheet with the reader for its format.
	 *
	 * @param id the sheet
	 * @param file where it is stored
	 * @param reader its reader
	 */
	record StoredSheet(UUID id, Path file, SheetReader reader) {
	}

}
