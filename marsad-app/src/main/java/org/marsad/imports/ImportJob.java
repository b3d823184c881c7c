package org.marsad.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A commit of a sheet, running in the background.
 *
 * @param id the job
 * @param sheetId the sheet it commits
 * @param kind what the sheet holds, an {@link ImportKind} code
 * @param state where it stands
 * @param total the rows to go through
 * @param done the rows gone through so far
 * @param events the events created (kept only when the state is {@code committed})
 * @param figures the figures created
 * @param persons the persons registered
 * @param households the households registered
 * @param problems why it was refused, by row and column
 * @param startedAt when it was started
 * @param startedBy who started it
 * @param finishedAt when it ended, or {@code null}
 */
public record ImportJob(UUID id, UUID sheetId, String kind, State state, int total, int done, int events, int figures,
		int persons, int households, List<RowProblem> problems, Instant startedAt, String startedBy,
		Instant finishedAt) {

	/** How far a commit has gone through its rows, 0 to 100. */
	public int percent() {
		return (this.total == 0) ? 100 : (int) Math.min(100, (100L * this.done) / this.total);
	}

	/** Whether the job has ended, one way or the other. */
	public boolean finished() {
		return this.state != State.QUEUED && this.state != State.RUNNING;
	}

	/**
	 * Where a commit stands.
	 */
	public enum State {

		/** Waiting for an earlier import to end. */
		QUEUED,
		/** Going through the rows; nothing is visible yet. */
		RUNNING,
		/** Every row was kept. */
		COMMITTED,
		/** A row was refused: nothing was kept. */
		REFUSED,
		/**
		 * The run broke off (the server stopped, or the database failed): nothing was
		 * kept.
		 */
		FAILED;

		/** The code used in the database and the API. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
