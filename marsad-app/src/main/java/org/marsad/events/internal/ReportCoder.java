package org.marsad.events.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.CodingRefused;
import org.marsad.events.CodingResult;
import org.marsad.events.CodingSubmission;
import org.marsad.events.Figure;
import org.marsad.events.RecordNotFound;
import org.marsad.events.ReportCoded;
import org.marsad.events.ReportCoding;
import org.marsad.intake.Reports;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coding save: checks the whole submission ({@link SubmissionCheck}), then in the
 * same transaction writes the new events (each supported by the report, with its span),
 * their figures (wholes before their parts) and claims, links the report to the recorded
 * events it speaks of, adds their figures and claims, lets each event's status follow its
 * sources, and marks the report coded. A failure anywhere rolls all of it back.
 */
class ReportCoder implements ReportCoding {

	private final ClaimDrafts reportsRead;

	private final SubmissionCheck check;

	private final Recorder recorder;

	private final EventListing events;

	private final Reports reports;

	private final ApplicationEventPublisher publisher;

	ReportCoder(ClaimDrafts reportsRead, SubmissionCheck check, Recorder recorder, EventListing events, Reports reports,
			ApplicationEventPublisher publisher) {
		this.reportsRead = reportsRead;
		this.check = check;
		this.recorder = recorder;
		this.events = events;
		this.reports = reports;
		this.publisher = publisher;
	}

	@Override
	@Transactional
	public CodingResult code(UUID reportId, CodingSubmission submission) {
		if (submission == null) {
			throw CodingRefused.of("events", "coding.error.empty");
		}
		ReportFacts report = this.reportsRead.report(reportId, submission.reportVersion()).orElseGet(() -> {
			if (submission.reportVersion() != null && this.reportsRead.report(reportId, null).isPresent()) {
				throw CodingRefused.of("reportVersion", "claim.error.reportVersionUnknown");
			}
			throw new RecordNotFound("report");
		});
		CodingPlan plan = this.check.check(report, submission, this.events.supportedBy(reportId));
		Instant at = Timestamps.now();
		String by = Caller.name();
		Written written = new Written();
		for (CodingPlan.NewEvent event : plan.events()) {
			UUID id = this.recorder.createEvent(event.event(), reportId, at, by);
			written.created.add(id);
			this.recorder.linkReport(id, report, event.span(), at, by);
			figures(id, event.figures(), written, at, by);
			this.recorder.followSuggestion(id, at, by);
		}
		for (CodingPlan.Link link : plan.links()) {
			written.linked.add(link.eventId());
			if (!link.alreadyLinked()) {
				this.recorder.linkReport(link.eventId(), report, link.span(), at, by);
			}
			figures(link.eventId(), link.figures(), written, at, by);
			for (CodingPlan.NewClaim claim : link.claims()) {
				written.claims.add(this.recorder.addClaim(claim.figureId(), claim.claim(), at, by).id());
			}
			this.recorder.followSuggestion(link.eventId(), at, by);
		}
		this.reports.markCoded(reportId);
		Set<UUID> all = new LinkedHashSet<>(written.created);
		all.addAll(written.linked);
		this.publisher.publishEvent(new ReportCoded(reportId, report.version(), List.copyOf(all)));
		return new CodingResult(reportId, report.version(), List.copyOf(written.created), List.copyOf(written.linked),
				Map.copyOf(written.figures), List.copyOf(written.claims));
	}

	private void figures(UUID eventId, List<CodingPlan.NewFigure> figures, Written written, Instant at, String by) {
		for (CodingPlan.NewFigure figure : figures) {
			CheckedFigure fields = (figure.partOfKey() != null)
					? figure.figure().partOf(written.figures.get(figure.partOfKey())) : figure.figure();
			Figure created = this.recorder.createFigure(eventId, fields, List.of(figure.claim()), at, by);
			written.figures.put(figure.key(), created.id());
			created.claims().forEach((claim) -> written.claims.add(claim.id()));
		}
	}

	/** What has been written so far. */
	private static final class Written {

		private final List<UUID> created = new ArrayList<>();

		private final List<UUID> linked = new ArrayList<>();

		private final Map<String, UUID> figures = new LinkedHashMap<>();

		private final List<UUID> claims = new ArrayList<>();

	}

}
