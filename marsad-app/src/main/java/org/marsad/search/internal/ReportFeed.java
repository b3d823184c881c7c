package org.marsad.search.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;
import org.marsad.intake.Report;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.ReportSummary;
import org.marsad.intake.Reports;
import org.marsad.search.RecordKind;
import org.marsad.search.ReportDocument;
import org.marsad.search.SearchDocument;
import org.marsad.search.SearchFeed;
import org.marsad.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads reports from intake for the index, as a system reader.
 * <ul>
 * <li>Reports are read through the {@link Reports} API under an analyst authority named
 * {@value #READER}: enough to read reports and their source pseudonyms, nothing
 * protected. The caller's own security context is restored afterwards.</li>
 * <li>The state compared at start is the number of reports and the latest receipt
 * time.</li>
 * </ul>
 */
final class ReportFeed implements SearchFeed {

	static final String READER = "search-indexer";

	private static final int PAGE = PageRequest.MAX_SIZE;

	private final Reports reports;

	ReportFeed(Reports reports) {
		this.reports = reports;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.REPORT;
	}

	@Override
	public State state() {
		PageOf<ReportSummary> newest = asSystem(() -> this.reports.list(ReportFilter.ALL, new PageRequest(0, 1)));
		if (newest.items().isEmpty()) {
			return State.EMPTY;
		}
		return new State(newest.total(), newest.items().get(0).receivedAt());
	}

	@Override
	public void forEach(Consumer<? super SearchDocument> action) {
		for (int page = 0;; page++) {
			int number = page;
			PageOf<ReportSummary> next = asSystem(
					() -> this.reports.list(ReportFilter.ALL, new PageRequest(number, PAGE)));
			List<ReportSummary> items = next.items();
			for (ReportSummary summary : items) {
				action.accept(document(summary.id()));
			}
			if (!next.hasNext()) {
				return;
			}
		}
	}

	/**
	 * A report at its latest version, as indexed.
	 * @param id the report
	 * @return its document
	 */
	ReportDocument document(UUID id) {
		return document(asSystem(() -> this.reports.get(id)));
	}

	static ReportDocument document(Report report) {
		return new ReportDocument(report.id(), report.title(), report.text(), report.language(),
				report.channel().code(), report.status().code(), report.sourcePseudonym(), report.receivedAt());
	}

	private static <T> T asSystem(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(READER, null,
				AuthorityUtils.createAuthorityList(Role.ANALYST.authority())));
		SecurityContextHolder.setContext(system);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
