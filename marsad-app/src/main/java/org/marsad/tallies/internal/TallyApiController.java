package org.marsad.tallies.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.tallies.Provenance;
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.SnapshotSummary;
import org.marsad.tallies.Tallies;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRequest;
import org.marsad.tallies.TallyResult;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tallies over HTTP: define, compute as of a day, open a number into its provenance,
 * publish and list snapshots, and the time series as JSON or CSV. Days are ISO dates;
 * {@code asOf} defaults to today.
 */
@RestController
@RequestMapping("/api/tallies")
@Tag(name = "Tallies", description = "Running counts over coded figures, with intervals, checks and provenance")
class TallyApiController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Tallies tallies;

	TallyApiController(Tallies tallies) {
		this.tallies = tallies;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Define a tally (analysts)")
	ResponseEntity<Tally> define(@RequestBody TallyRequest request) {
		Tally tally = this.tallies.define(request);
		return ResponseEntity.created(URI.create("/api/tallies/" + tally.id())).body(tally);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a tally's definition (analysts)")
	Tally update(@PathVariable UUID id, @RequestBody TallyRequest request) {
		return this.tallies.update(id, request);
	}

	@GetMapping
	@Operation(summary = "List tallies, pinned first")
	List<Tally> list() {
		return this.tallies.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A tally's definition")
	Tally get(@PathVariable UUID id) {
		return this.tallies.get(id);
	}

	@GetMapping("/{id}/result")
	@Operation(summary = "Compute a tally as of a day (analysts)",
			description = "Total, breakdowns, time series, bounds, consistency warnings and the change since the "
					+ "last snapshot. Every number is an interval: low, best, high (null: open). checks=false "
					+ "leaves out the checks that read figures and claims one by one (parts, claims).")
	ResponseEntity<TallyResult> compute(@PathVariable UUID id, @RequestParam(required = false) String asOf,
			@RequestParam(defaultValue = "true") boolean checks) {
		long started = System.nanoTime();
		long processor = ServerTiming.processorNanos();
		LocalDate day = TallyRules.day(asOf, "asOf");
		TallyResult result = checks ? this.tallies.compute(id, day) : this.tallies.numbers(id, day);
		return ResponseEntity.ok()
			.header("Server-Timing", ServerTiming.since("tally", started, processor))
			.body(result);
	}

	@GetMapping("/{id}/series")
	@Operation(summary = "The time series as JSON (analysts)")
	List<TallyResult.SeriesPoint> series(@PathVariable UUID id, @RequestParam(required = false) String asOf) {
		return this.tallies.numbers(id, TallyRules.day(asOf, "asOf")).series();
	}

	@GetMapping(path = "/{id}/series.csv", produces = "text/csv")
	@Operation(summary = "The time series as CSV (analysts)")
	ResponseEntity<String> seriesCsv(@PathVariable UUID id, @RequestParam(required = false) String asOf) {
		TallyResult result = this.tallies.numbers(id, TallyRules.day(asOf, "asOf"));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"tally-" + id + "-" + result.to() + ".csv\"")
			.body(SeriesCsv.of(result.series()));
	}

	@GetMapping("/{id}/provenance")
	@Operation(summary = "The figures, claims and report spans behind one number (analysts)",
			description = "cell: total, <dimension>:<key> (e.g. nationality:IQ) or period:<ISO date>")
	Provenance provenance(@PathVariable UUID id, @RequestParam(required = false) String cell,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.tallies.provenance(id, cell, TallyRules.day(asOf, "asOf"), (page != null) ? page : 0,
				(size != null) ? size : 50);
	}

	@PostMapping("/{id}/snapshots")
	@Operation(summary = "Publish a tally as a dated snapshot (coordinators)")
	ResponseEntity<Snapshot> publish(@PathVariable UUID id, @RequestParam(required = false) String asOf) {
		Snapshot snapshot = this.tallies.publish(id, TallyRules.day(asOf, "asOf"));
		return ResponseEntity.created(URI.create("/api/tallies/" + id + "/snapshots/" + snapshot.id())).body(snapshot);
	}

	@GetMapping("/{id}/snapshots")
	@Operation(summary = "The published snapshots of a tally, newest first")
	List<SnapshotSummary> snapshots(@PathVariable UUID id) {
		return this.tallies.snapshots(id);
	}

	@GetMapping("/{id}/snapshots/{snapshotId}")
	@Operation(summary = "One snapshot with its frozen provenance")
	Snapshot snapshot(@PathVariable UUID id, @PathVariable UUID snapshotId) {
		return this.tallies.snapshot(id, snapshotId);
	}

}
