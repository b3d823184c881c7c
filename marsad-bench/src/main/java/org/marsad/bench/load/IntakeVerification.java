package org.marsad.bench.load;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.marsad.bench.load.ReportPage.ListedReport;

/**
 * Checks after a run that the intake kept every acknowledged report, once and unaltered.
 * <ul>
 * <li>fetch-back: every acknowledged id is fetched and its {@code text} must equal what
 * was sent, character for character (and so byte for byte in UTF-8)</li>
 * <li>listing: all pages are read; a report is lost when its id or its marker is missing,
 * duplicated when its id or marker is listed more than once</li>
 * <li>the listing stops at an empty page, at the page the answer calls last, or at a page
 * that brings no new id (a server that ignores the page number)</li>
 * </ul>
 */
final class IntakeVerification {

	private final LoadRun run;

	IntakeVerification(LoadRun run) {
		this.run = run;
	}

	/** Fetches every acknowledged report and compares its text with what was sent. */
	FetchedBack fetchBack(String[] ids) throws InterruptedException {
		AtomicInteger matched = new AtomicInteger();
		Clients pool = new Clients(this.run.clients(), this.run.deadline());
		int notStarted = pool.run(ids.length, (slot) -> {
			if (ids[slot] == null) {
				return;
			}
			IntakeClient.FetchedReport fetched = this.run.client().fetch(ids[slot]);
			String sent = this.run.reports().get(slot).text();
			if (fetched.status() != 200 || fetched.text() == null) {
				pool.fail("report " + slot + " (" + ids[slot] + "): fetch answered " + fetched.status());
			}
			else if (!sent.equals(fetched.text())) {
				pool.fail("report " + slot + " (" + ids[slot] + "): text differs from char "
						+ firstDifference(sent, fetched.text()));
			}
			else {
				matched.incrementAndGet();
			}
		}, new Progress(this.run.out(), "fetched back", ids.length));
		return new FetchedBack(matched.get(), pool.failures() + notStarted, pool.samples());
	}

	/** Reads the whole listing and counts what is lost or duplicated. */
	Listing list(String[] ids, String runId, int firstPage, int pageSize) throws Exception {
		Map<String, Integer> idCounts = new HashMap<>();
		Map<String, Integer> markerCounts = new HashMap<>();
		int listed = 0;
		int pages = 0;
		int maxPages = 2 * ids.length + 10;
		for (int page = firstPage; pages < maxPages && Instant.now().isBefore(this.run.deadline()); page++) {
			ReportPage answer = this.run.client().list(page, pageSize);
			pages++;
			int fresh = 0;
			for (ListedReport item : answer.items()) {
				fresh += (idCounts.merge(String.valueOf(item.id()), 1, Integer::sum) == 1) ? 1 : 0;
				item.markers()
					.stream()
					.filter((marker) -> marker.contains(runId))
					.forEach((marker) -> markerCounts.merge(marker, 1, Integer::sum));
			}
			listed += answer.items().size();
			if (fresh == 0 || answer.last()
					|| (answer.totalPages().isPresent() && page - firstPage + 1 >= answer.totalPages().getAsInt())) {
				break;
			}
		}
		return new Listing(listed, idCounts.size(), markerCounts.size(), lost(ids, idCounts, markerCounts),
				duplicated(ids, idCounts, markerCounts), pages);
	}

	private int lost(String[] ids, Map<String, Integer> idCounts, Map<String, Integer> markerCounts) {
		int lost = 0;
		for (int slot = 0; slot < ids.length; slot++) {
			if (ids[slot] != null && (!idCounts.containsKey(ids[slot])
					|| !markerCounts.containsKey(this.run.reports().get(slot).marker()))) {
				lost++;
			}
		}
		return lost;
	}

	private static int duplicated(String[] ids, Map<String, Integer> idCounts, Map<String, Integer> markerCounts) {
		int repeatedIds = idCounts.values().stream().mapToInt((count) -> count - 1).sum();
		int repeatedMarkers = markerCounts.values().stream().mapToInt((count) -> count - 1).sum();
		Set<String> acknowledged = new HashSet<>();
		int sharedAcknowledgements = 0;
		for (String id : ids) {
			if (id != null && !acknowledged.add(id)) {
				sharedAcknowledgements++;
			}
		}
		return Math.max(repeatedIds, repeatedMarkers) + sharedAcknowledgements;
	}

	private static int firstDifference(String sent, String received) {
		int common = Math.min(sent.length(), received.length());
		for (int i = 0; i < common; i++) {
			if (sent.charAt(i) != received.charAt(i)) {
				return i;
			}
		}
		return common;
	}

	/**
	 * The outcome of fetching every acknowledged report back.
	 *
	 * @param matched reports whose text came back unaltered
	 * @param failed reports not found, not fetched or with altered text
	 * @param errorSamples the first few failures
	 */
	record FetchedBack(int matched, int failed, List<String> errorSamples) {

	}

	/**
	 * The outcome of reading the whole listing.
	 *
	 * @param listed reports listed, counting repeats
	 * @param distinctIds distinct ids listed
	 * @param distinctMarkers distinct markers of this run listed
	 * @param lost acknowledged reports missing from the listing
	 * @param duplicated reports listed or acknowledged more than once
	 * @param pages pages read
	 */
	record Listing(int listed, int distinctIds, int distinctMarkers, int lost, int duplicated, int pages) {

	}

}
