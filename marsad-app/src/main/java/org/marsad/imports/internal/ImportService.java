package org.marsad.imports.internal;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.imports.AlreadyImported;
import org.marsad.imports.ColumnMapping;
import org.marsad.imports.ImportCheck;
import org.marsad.imports.ImportJob;
import org.marsad.imports.ImportKind;
import org.marsad.imports.ImportRefused;
import org.marsad.imports.ImportSheet;
import org.marsad.imports.PersonField;
import org.marsad.imports.Imports;
import org.marsad.imports.UnknownImport;
import org.marsad.intake.DisplayName;
import org.marsad.intake.FieldProblem;
import org.marsad.intake.NewReport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import use cases: keeps uploads, proposes mappings, runs dry runs in the request
 * and commits in the background ({@link ImportJobs}).
 * <ul>
 * <li>An upload is read to its end before it is accepted, so that a file broken in its
 * last row is refused at once, with the row, and not after a mapping.</li>
 * <li>At most {@value #MAX_ROWS} data rows; rows with no cell are not counted.</li>
 * </ul>
 */
class ImportService implements Imports {

	static final int MAX_ROWS = 1_000_000;

	private static final String MASK = "••••";

	private final SheetFiles files;

	private final SheetRepository sheets;

	private final ImportJobs jobs;

	private final ImportRun run;

	private final PersonRun personRun;

	private final Places places;

	private final Actors actors;

	private final MessageSource messages;

	private final Clock clock;

	ImportService(SheetFiles files, SheetRepository sheets, ImportJobs jobs, ImportRun run, PersonRun personRun,
			Places places, Actors actors, MessageSource messages, Clock clock) {
		this.files = files;
		this.sheets = sheets;
		this.jobs = jobs;
		this.run = run;
		this.personRun = personRun;
		this.places = places;
		this.actors = actors;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public ImportSheet upload(String fileName, InputStream content, String encoding) {
		Charset charset = charset(encoding);
		UUID id = UUID.randomUUID();
		SheetFiles.Stored stored;
		try {
			stored = this.files.store(id, content);
		}
		catch (SheetUnreadable unreadable) {
			throw refused(unreadable);
		}
		try {
			SheetReader reader = reader(stored.format(), charset);
			Survey survey = survey(reader, this.files.path(id));
			String used = (reader instanceof CsvSheetReader csv) ? csv.encoding(this.files.path(id)).name() : null;
			SheetRecord record = new SheetRecord(id, DisplayName.of(fileName), stored.format(), used, stored.size(),
					stored.sha256(), survey.columns, survey.rows, this.clock.instant(), caller());
			this.sheets.insert(record);
			return sheet(record, survey.sample);
		}
		catch (SheetUnreadable unreadable) {
			this.files.delete(id);
			throw refused(unreadable);
		}
		catch (RuntimeException ex) {
			this.files.delete(id);
			throw ex;
		}
	}

	@Override
	public ImportSheet sheet(UUID id) {
		SheetRecord record = record(id);
		return sheet(record, sample(record));
	}

	@Override
	public List<ImportSheet> recent(int limit) {
		return this.sheets.recent(limit).stream().map((record) -> sheet(record, List.<List<String>>of())).toList();
	}

	@Override
	public ImportCheck check(UUID sheetId, ColumnMapping mapping) {
		SheetRecord record = record(sheetId);
		if (!Files.exists(this.files.path(sheetId))) {
			throw new AlreadyImported();
		}
		SheetColumns columns = SheetColumns.of(record.columns(), mapping);
		return run(record, columns, LocaleContextHolder.getLocale(), false, ImportRun.Progress.NONE, null);
	}

	@Override
	public ImportJob commit(UUID sheetId, ColumnMapping mapping) {
		SheetRecord record = record(sheetId);
		SheetColumns columns = SheetColumns.of(record.columns(), mapping);
		UUID jobId = UUID.randomUUID();
		ImportJob queued = new ImportJob(jobId, sheetId, columns.kind().code(), ImportJob.State.QUEUED, record.rows(),
				0, 0, 0, 0, 0, List.of(), this.clock.instant(), caller(), null);
		return this.jobs.submit(queued, (progress) -> {
			ImportCheck outcome = run(record, columns, LocaleContextHolder.getLocale(), true, progress, jobId);
			if (outcome.acceptable() && columns.kind() == ImportKind.PERSONS) {
				this.files.delete(sheetId);
			}
			return outcome;
		});
	}

	private ImportCheck run(SheetRecord record, SheetColumns columns, Locale locale, boolean keep,
			ImportRun.Progress progress, UUID jobId) {
		if (columns.kind() == ImportKind.PERSONS) {
			PersonRowReading reading = new PersonRowReading(columns, cells(), names(), messages(locale),
					LocalDate.now(this.clock));
			return this.personRun.run(stored(record), reading, source(record, locale), keep, progress, jobId);
		}
		return this.run.run(stored(record), columns, reading(columns, locale), keep, progress, jobId);
	}

	/**
	 * The report that stands for a sheet as the source of what it brings: it names the
	 * file, its size in rows, its hash and who uploaded it, never a cell of it.
	 */
	private NewReport source(SheetRecord record, Locale locale) {
		Object[] args = { record.fileName(), record.rows(), record.sha256(), record.uploadedBy(),
				record.uploadedAt().toString() };
		String title = this.messages.getMessage("import.source.title", args, locale);
		String text = this.messages.getMessage("import.source.text", args, locale);
		String language = "ar".equals(locale.getLanguage()) ? "ar" : "en";
		return new NewReport(text, title, language, "document", null, null, null, null);
	}

	@Override
	public ImportJob job(UUID jobId) {
		return this.jobs.find(jobId).orElseThrow(() -> new UnknownImport("job"));
	}

	private RowReading reading(SheetColumns columns, Locale locale) {
		return new RowReading(columns, cells(), names(), messages(locale));
	}

	private Cells cells() {
		return new Cells(LocalDate.now(this.clock));
	}

	private CatalogueNames names() {
		return new CatalogueNames(this.places, this.actors);
	}

	private RowReading.Messages messages(Locale locale) {
		return (code) -> this.messages.getMessage(code, null, code, locale);
	}

	private ImportRun.StoredSheet stored(SheetRecord record) {
		Charset charset = (record.encoding() != null) ? Charset.forName(record.encoding()) : null;
		return new ImportRun.StoredSheet(record.id(), this.files.path(record.id()), reader(record.format(), charset));
	}

	private SheetRecord record(UUID id) {
		return this.sheets.find(id).orElseThrow(() -> new UnknownImport("sheet"));
	}

	private static SheetReader reader(SheetFormat format, Charset charset) {
		return (format == SheetFormat.XLSX) ? new XlsxSheetReader() : new CsvSheetReader(charset);
	}

	private static Survey survey(SheetReader reader, Path file) {
		Survey survey = new Survey();
		reader.read(file, (number, cells) -> {
			if (number == 1) {
				survey.columns = SheetColumns.header(cells);
				return true;
			}
			if (cells.stream().allMatch(Cells::blank)) {
				return true;
			}
			if (++survey.rows > MAX_ROWS) {
				throw new SheetUnreadable("import.error.tooManyRows", number);
			}
			if (survey.sample.size() < ImportSheet.SAMPLE_ROWS) {
				survey.sample.add(List.copyOf(cells));
			}
			return true;
		});
		if (survey.columns == null) {
			throw new SheetUnreadable("import.error.noHeader", 1);
		}
		if (survey.rows == 0) {
			throw new SheetUnreadable("import.error.noRows", 2);
		}
		return survey;
	}

	/**
	 * The first rows of a sheet, for the mapping page; none once the file is gone (a
	 * sheet of persons is removed when it is committed, since it holds document numbers
	 * as written).
	 */
	private List<List<String>> sample(SheetRecord record) {
		List<List<String>> sample = new ArrayList<>();
		if (!Files.exists(this.files.path(record.id()))) {
			return sample;
		}
		stored(record).reader().read(this.files.path(record.id()), (number, cells) -> {
			if (number > 1 && !cells.stream().allMatch(Cells::blank)) {
				sample.add(List.copyOf(cells));
			}
			return sample.size() < ImportSheet.SAMPLE_ROWS;
		});
		return sample;
	}

	private static ImportSheet sheet(SheetRecord record, List<List<String>> sample) {
		return new ImportSheet(record.id(), record.fileName(), record.format().code(), record.encoding(),
				record.columns(), masked(record.columns(), sample), record.rows(),
				SheetColumns.suggest(record.columns()), record.uploadedAt(), record.uploadedBy());
	}

	/**
	 * The first rows with the cells of a column named as identity document numbers
	 * masked: they are protected, and the first rows are shown before any mapping.
	 */
	private static List<List<String>> masked(List<String> columns, List<List<String>> sample) {
		String column = SheetColumns.suggest(columns, ImportKind.PERSONS).column(PersonField.DOCUMENT_NUMBER);
		int position = (column != null) ? columns.indexOf(column) : -1;
		if (position < 0) {
			return sample;
		}
		List<List<String>> masked = new ArrayList<>(sample.size());
		for (List<String> row : sample) {
			List<String> cells = new ArrayList<>(row);
			if (position < cells.size() && !Cells.blank(cells.get(position))) {
				cells.set(position, MASK);
			}
			masked.add(List.copyOf(cells));
		}
		return masked;
	}

	private static Charset charset(String encoding) {
		if (encoding == null || encoding.isBlank()) {
			return null;
		}
		try {
			return Charset.forName(encoding.strip());
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw ImportRefused.of("encoding", "import.error.encodingUnknown");
		}
	}

	private static ImportRefused refused(SheetUnreadable unreadable) {
		return new ImportRefused(List.of(new FieldProblem("file", unreadable.code())), unreadable.row());
	}

	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	private static final class Survey {

		private List<String> columns;

		private int rows;

		private final List<List<String>> sample = new ArrayList<>();

	}

}
