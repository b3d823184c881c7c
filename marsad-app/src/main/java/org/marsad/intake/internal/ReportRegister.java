package org.marsad.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.intake.DisplayName;
import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.intake.Attachment;
import org.marsad.intake.Correction;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.NewReport;
import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;
import org.marsad.intake.Report;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.ReportReceived;
import org.marsad.intake.ReportStatus;
import org.marsad.intake.ReportSummary;
import org.marsad.intake.Reports;
import org.marsad.intake.UnknownRecord;
import org.marsad.intake.Upload;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Reports} use cases. A report, its first version and its attachment rows are
 * written in one transaction; files are written first and removed again if it rolls back
 * ({@link PendingFiles}). Every write is recorded in the audit log in the same
 * transaction: the report as created or corrected, and each attachment.
 */
@Transactional(readOnly = true)
class ReportRegister implements Reports {

	private final ReportRepository reports;

	private final SourceRepository sources;

	private final AttachmentRepository attachments;

	private final PendingFiles files;

	private final AttachmentStore store;

	private final ApplicationEventPublisher events;

	private final long maxTextBytes;

	private final AuditLog audit;

	ReportRegister(ReportRepository reports, SourceRepository sources, AttachmentRepository attachments,
			PendingFiles files, AttachmentStore store, ApplicationEventPublisher events, long maxTextBytes,
			AuditLog audit) {
		this.reports = reports;
		this.sources = sources;
		this.attachments = attachments;
		this.files = files;
		this.store = store;
		this.events = events;
		this.maxTextBytes = maxTextBytes;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Report create(NewReport report, List<Upload> uploads) {
		ReportRules.Checked checked = ReportRules.check(report, this.maxTextBytes, this.sources::exists);
		UUID id = UUID.randomUUID();
		String by = Caller.name();
		Instant now = Timestamps.now();
		this.reports.insert(new Report(id, 1, 1, checked.title(), checked.text(), checked.language(), checked.channel(),
				checked.receivedAt(), checked.publishedAt(), checked.sourceId(), null, checked.credibility(),
				ReportStatus.NEW, now, by, List.of(), List.of()));
		List<Attachment> added = new ArrayList<>();
		List<UUID> addedIds = new ArrayList<>();
		for (Upload upload : uploads) {
			AttachmentStore.Stored stored = this.files.store(upload);
			Attachment attachment = new Attachment(stored.sha256(), DisplayName.of(upload.fileName()),
					stored.mediaType(), stored.size());
			addedIds.add(this.attachments.insert(id, attachment, DisplayName.original(upload.fileName()), now));
			added.add(attachment);
		}
		Report created = get(id);
		this.audit.record(AuditRecord.created("report", id, AuditContent.report(created)));
		for (int i = 0; i < added.size(); i++) {
			this.audit.record(AuditRecord.of("attached", "attachment", addedIds.get(i), null,
					AuditContent.attachment(addedIds.get(i), id, added.get(i))));
		}
		this.events.publishEvent(new ReportReceived(id, checked.sourceId(), checked.language(), checked.receivedAt()));
		return created;
	}

	@Override
	@Transactional
	public Report correct(UUID id, Correction correction) {
		Report current = get(id);
		Correction checked = ReportRules.check(correction, this.maxTextBytes);
		int next = current.latestVersion() + 1;
		String title = (checked.title() != null) ? checked.title() : current.title();
		try {
			this.reports.insertVersion(id, next, title, checked.text(), checked.language(), Timestamps.now(),
					Caller.name());
		}
		catch (DuplicateKeyException ex) {
			throw IntakeRefused.of("version", "report.error.concurrentCorrection");
		}
		if (!this.reports.advance(id, current.latestVersion(), next)) {
			throw IntakeRefused.of("version", "report.error.concurrentCorrection");
		}
		Report corrected = get(id);
		this.audit.record(AuditRecord.of("corrected", "report", id, AuditContent.report(current),
				AuditContent.report(corrected)));
		return corrected;
	}

	@Override
	@Transactional
	public boolean markCoded(UUID id) {
		if (this.reports.mark(id, ReportStatus.NEW, ReportStatus.CODED)) {
			return true;
		}
		if (!this.reports.exists(id)) {
			throw new UnknownRecord("report");
		}
		return false;
	}

	@Override
	public Report get(UUID id) {
		return complete(this.reports.find(id, null).orElseThrow(() -> new UnknownRecord("report")));
	}

	@Override
	public Report get(UUID id, int version) {
		return complete(this.reports.find(id, version).orElseThrow(() -> new UnknownRecord("report version")));
	}

	/**
	 * A page of reports.
	 * <ul>
	 * <li>A caller who may not know the sources gets no source on any report and may not
	 * filter by source (docs/SECURITY.md, {@code reports.source}).</li>
	 * </ul>
	 */
	@Override
	public PageOf<ReportSummary> list(ReportFilter filter, PageRequest page) {
		boolean seesSources = Caller.seesSources();
		if (!seesSources && filter.sourceId() != null) {
			throw new AccessDeniedException("sourceId");
		}
		List<ReportSummary> items = new ArrayList<>();
		for (ReportSummary summary : this.reports.page(filter, page.offset(), page.size())) {
			items.add(seesSources ? summary : withoutSource(summary));
		}
		return new PageOf<>(items, page.page(), page.size(), this.reports.count(filter));
	}

	@Override
	public StoredFile file(String sha256) {
		if (sha256 == null || !AttachmentStore.SHA256.matcher(sha256).matches()) {
			throw new UnknownRecord("attachment");
		}
		Attachment attachment = this.attachments.first(sha256).orElseThrow(() -> new UnknownRecord("attachment"));
		return new StoredFile(attachment, this.store.path(sha256));
	}

	/**
	 * The report with its files and versions, and its source if the caller may know it.
	 */
	private Report complete(Report report) {
		boolean seesSources = Caller.seesSources();
		return new Report(report.id(), report.version(), report.latestVersion(), report.title(), report.text(),
				report.language(), report.channel(), report.receivedAt(), report.publishedAt(),
				seesSources ? report.sourceId() : null, seesSources ? report.sourcePseudonym() : null,
				report.credibility(), report.status(), report.createdAt(), report.createdBy(),
				this.attachments.ofReport(report.id()), this.reports.versions(report.id()));
	}

	private static ReportSummary withoutSource(ReportSummary summary) {
		return new ReportSummary(summary.id(), summary.title(), summary.excerpt(), summary.language(),
				summary.channel(), summary.receivedAt(), null, null, summary.credibility(), summary.status(),
				summary.version(), summary.attachmentCount());
	}

}
