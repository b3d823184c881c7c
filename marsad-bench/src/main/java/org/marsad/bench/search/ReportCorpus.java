package org.marsad.bench.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.marsad.bench.generate.ReportParagraphs;
import org.marsad.search.ReportDocument;

/**
 * The reports the search benchmark indexes, generated once and kept in memory so that
 * both indexing runs get the same documents and neither pays for generating them.
 * <ul>
 * <li>text and title from {@link ReportParagraphs} (about 1 KB of UTF-8 each)</li>
 * <li>received over the year 2019 in sequence order, on one of six channels, in one of
 * three statuses, from one of {@value #SOURCES} sources named «الراصد N»</li>
 * </ul>
 */
final class ReportCorpus {

	static final int SOURCES = 40;

	private static final List<String> CHANNELS = List.of("message", "call", "email", "web", "audio", "document");

	private static final List<String> STATUSES = List.of("new", "coded", "verified");

	private static final Instant FIRST = Instant.parse("2019-01-01T00:00:00Z");

	private static final Duration YEAR = Duration.ofDays(365);

	private final List<ReportDocument> reports;

	private final long bytes;

	private ReportCorpus(List<ReportDocument> reports, long bytes) {
		this.reports = reports;
		this.bytes = bytes;
	}

	/**
	 * Generates the reports.
	 * @param count how many
	 * @param seed the seed of the generator
	 * @return the corpus
	 */
	static ReportCorpus generate(int count, long seed) {
		ReportParagraphs paragraphs = new ReportParagraphs(seed);
		SplittableRandom random = new SplittableRandom(seed);
		List<ReportDocument> reports = new ArrayList<>(count);
		long bytes = 0;
		long step = YEAR.toSeconds() / Math.max(1, count);
		for (int i = 0; i < count; i++) {
			String text = paragraphs.paragraph(i);
			bytes += text.getBytes(StandardCharsets.UTF_8).length;
			reports.add(new ReportDocument(new UUID(seed, i), paragraphs.title(i), text, "ar",
					CHANNELS.get(random.nextInt(CHANNELS.size())), STATUSES.get(random.nextInt(STATUSES.size())),
					"الراصد " + (1 + random.nextInt(SOURCES)), FIRST.plusSeconds(step * i)));
		}
		return new ReportCorpus(List.copyOf(reports), bytes);
	}

	/** The reports, in sequence order. */
	List<ReportDocument> reports() {
		return this.reports;
	}

	/** The UTF-8 size of every text together. */
	long bytes() {
		return this.bytes;
	}

	/** How many reports there are. */
	int size() {
		return this.reports.size();
	}

}
