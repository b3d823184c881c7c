package org.marsad.search.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;
import org.marsad.intake.Report;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.ReportSummary;
import org.marsad.intake.Reports;
import org.marsad.search.ReportDocument;
import org.marsad.search.Reindexing;
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
 * <li>Healing compares the number of reports and the latest receipt time in the database
 * with the last index commit, and rebuilds when they differ.</li>
 * </ul>
 */
final class ReportReindexing implements Reindexing {

	static final String READER = "search-indexer";

	private static final int PAGE = PageRequest.MAX_SIZE;

	private final Reports reports;

	private final LuceneSearch search;

	ReportReindexing(Reports reports, LuceneSearch search) {
		this.reports = reports;
		this.search = search;
	}

	@Override
	public long reindex(Consumer<Long> progress) {
		long[] done = { 0 };
		this.search.rebuild(this::everyReport, (count) -> {
			done[0] = count;
			progress.accept(count);
		});
		return done[0];
	}

	/**
	 * Rebuilds the index when it is missing or behind the database.
	 * @return whether it was rebuilt
	 */
	boolean heal() {
		PageOf<ReportSummary> newest = asSystem(() -> this.reports.list(ReportFilter.ALL, new PageRequest(0, 1)));
		long lastReceivedAt = newest.items().isEmpty() ? Long.MIN_VALUE
				: newest.items().get(0).receivedAt().toEpochMilli();
		if (this.search.isCurrent(newest.total(), lastReceivedAt)) {
			return false;
		}
		reindex((count) -> {
		});
		return true;
	}

	/**
	 * Indexes one report at its latest version.
	 * @param id the report
	 */
	void index(UUID id) {
		this.search.index(document(asSystem(() -> this.reports.get(id))));
	}

	static ReportDocument document(Report report) {
		return new ReportDocument(report.id(), report.title(), report.text(), report.language(),
				report.channel().code(), report.status().code(), report.sourcePseudonym(), report.receivedAt());
	}

	private Iterator<ReportDocument> everyReport() {
		return new Iterator<>() {

			private int page;

			private Iterator<ReportSummary> current = List.<ReportSummary>of().iterator();

			private boolean last;

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext() && !this.last) {
					PageOf<ReportSummary> next = asSystem(() -> ReportReindexing.this.reports.list(ReportFilter.ALL,
							new PageRequest(this.page, PAGE)));
					this.current = next.items().iterator();
					this.last = !next.hasNext();
					this.page++;
				}
				return this.current.hasNext();
			}

			@Override
			public ReportDocument next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				UUID id = this.current.next().id();
				return document(asSystem(() -> ReportReindexing.this.reports.get(id)));
			}

		};
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
