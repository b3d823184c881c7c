package org.marsad.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marsad.imports.ImportJob;
import org.marsad.imports.ImportJob.State;
import org.marsad.imports.RowProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores import jobs in {@code import_job}: their state, counts and the problems that
 * refused them. Progress while a job runs is kept in memory ({@link ImportJobs}); the row
 * is written when a job starts and when it ends.
 */
final class JobRepository {

	private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JobRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ImportJob job) {
		this.jdbc
			.sql("INSERT INTO import_job (id, sheet_id, kind, state, row_total, rows_done, events_created, "
					+ "figures_created, persons_created, households_created, problems, started_at, started_by, "
					+ "finished_at) VALUES (:id, :sheet, :kind, :state, :total, :done, :events, :figures, :persons, "
					+ ":households, :problems, :started, :by, :finished)")
			.param("id", job.id())
			.param("sheet", job.sheetId())
			.param("kind", job.kind())
			.param("by", job.startedBy())
			.param("started", OffsetDateTime.ofInstant(job.startedAt(), ZoneOffset.UTC))
			.params(changing(job))
			.update();
	}

	void update(ImportJob job) {
		this.jdbc.sql("UPDATE import_job SET state = :state, row_total = :total, rows_done = :done, "
				+ "events_created = :events, figures_created = :figures, persons_created = :persons, "
				+ "households_created = :households, problems = :problems, " + "finished_at = :finished WHERE id = :id")
			.param("id", job.id())
			.params(changing(job))
			.update();
	}

	Optional<ImportJob> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM import_job WHERE id = :id").param("id", id).query(this::row).optional();
	}

	/** Whether a sheet has a job that committed it or may still do so. */
	boolean committedOrUnderWay(UUID sheetId) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM import_job WHERE sheet_id = :sheet AND state IN ('queued', 'running', 'committed')")
			.param("sheet", sheetId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Marks the jobs that were queued or running when the process stopped as failed:
	 * their transaction never committed, so nothing of them was kept.
	 * @param at when this was noticed
	 * @return how many there were
	 */
	int failUnfinished(Instant at) {
		return this.jdbc
			.sql("UPDATE import_job SET state = 'failed', finished_at = :at WHERE state IN ('queued', 'running')")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	private Map<String, Object> changing(ImportJob job) {
		Map<String, Object> params = new HashMap<>();
		params.put("state", job.state().code());
		params.put("total", job.total());
		params.put("done", job.done());
		params.put("events", job.events());
		params.put("figures", job.figures());
		params.put("persons", job.persons());
		params.put("households", job.households());
		params.put("problems", job.problems().isEmpty() ? null : this.json.writeValueAsString(job.problems()));
		params.put("finished",
				(job.finishedAt() != null) ? OffsetDateTime.ofInstant(job.finishedAt(), ZoneOffset.UTC) : null);
		return params;
	}

	private ImportJob row(ResultSet rs, int n) throws SQLException {
		String problems = rs.getString("problems");
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("sheet_id", UUID.class), rs.getString("kind"),
				State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), rs.getInt("row_total"),
				rs.getInt("rows_done"), rs.getInt("events_created"), rs.getInt("figures_created"),
				rs.getInt("persons_created"), rs.getInt("households_created"),
				(problems != null) ? this.json.readValue(problems, PROBLEMS) : List.of(),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getString("started_by"),
				(finished != null) ? finished.toInstant() : null);
	}

}
