package org.marsad.audit.records;

import java.util.Map;

import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.audit.Digest;
import org.marsad.catalogue.CatalogueChanged;
import org.marsad.events.EventChanged;
import org.marsad.events.EventRecorded;
import org.marsad.events.FigureChanged;
import org.marsad.events.ReportCoded;
import org.marsad.tallies.TallyDefined;
import org.marsad.tallies.TallyPublished;
import org.marsad.tallies.TallyRedefined;

import org.springframework.context.event.EventListener;

/**
 * Appends an audit entry for each write the events, catalogue and tallies modules
 * announce. The listeners are plain {@link EventListener}s: they run synchronously in the
 * writing transaction, so a write and its entry commit or roll back together.
 * <ul>
 * <li>events: {@code created}, then {@code updated}, {@code voided}, {@code linked} (a
 * report now supports it) or {@code status}, as the events module names them</li>
 * <li>figures: {@code created}, {@code updated} (also when a claim was added or voided:
 * the claims are part of the figure's content), {@code voided}</li>
 * <li>reports: {@code coded} once a coding save marked them</li>
 * <li>places and actors: {@code created}, {@code updated} or {@code deleted}</li>
 * <li>tallies: {@code created} or {@code updated} (the definition with its criteria)</li>
 * <li>tally snapshots: {@code published}</li>
 * </ul>
 */
class RecordAudit {

	private final AuditLog log;

	private final StoredRecords records;

	RecordAudit(AuditLog log, StoredRecords records) {
		this.log = log;
		this.records = records;
	}

	@EventListener
	void on(EventRecorded recorded) {
		append("created", "event", recorded.eventId(), this.records.event(recorded.eventId()));
	}

	@EventListener
	void on(EventChanged changed) {
		append(changed.action(), "event", changed.eventId(), this.records.event(changed.eventId()));
	}

	@EventListener
	void on(FigureChanged changed) {
		append(changed.action(), "figure", changed.figureId(), this.records.figure(changed.figureId()));
	}

	@EventListener
	void on(ReportCoded coded) {
		append("coded", "report", coded.reportId(), this.records.report(coded.reportId()));
	}

	@EventListener
	void on(CatalogueChanged changed) {
		changed.placeIds().stream().sorted().forEach((id) -> catalogue("place", id, this.records.place(id)));
		changed.actorIds().stream().sorted().forEach((id) -> catalogue("actor", id, this.records.actor(id)));
	}

	@EventListener
	void on(TallyDefined defined) {
		append("created", "tally", defined.tallyId(), this.records.tally(defined.tallyId()));
	}

	@EventListener
	void on(TallyRedefined redefined) {
		append("updated", "tally", redefined.tallyId(), this.records.tally(redefined.tallyId()));
	}

	@EventListener
	void on(TallyPublished published) {
		append("published", "tally_snapshot", published.snapshotId(), this.records.snapshot(published.snapshotId()));
	}

	private void catalogue(String kind, String id, Map<String, Object> content) {
		String action;
		if (content == null) {
			action = "deleted";
		}
		else {
			Object version = ((Map<?, ?>) content.get(kind)).get("version");
			action = (version instanceof Number number && number.intValue() == 1) ? "created" : "updated";
		}
		append(action, kind, id, content);
	}

	private void append(String action, String kind, Object id, Map<String, Object> after) {
		String recordId = String.valueOf(id);
		Digest before = this.log.latest(kind, recordId).orElse(null);
		this.log.record(new AuditRecord(action, kind, recordId, before, (after != null) ? Digest.of(after) : null));
	}

}
