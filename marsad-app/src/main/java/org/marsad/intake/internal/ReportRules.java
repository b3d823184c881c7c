package org.marsad.intake.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.marsad.intake.Channel;
import org.marsad.intake.Correction;
import org.marsad.intake.FieldProblem;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.NewReport;
import org.marsad.text.Language;
import org.marsad.text.vocabulary.InformationCredibility;

/**
 * Checks a report before it is stored and reads its fields. Every broken rule is named,
 * not only the first.
 * <ul>
 * <li>text: required, not blank, at most the configured number of UTF-8 bytes (HTTP 413
 * past it), no NUL character (PostgreSQL text cannot hold it); otherwise kept exactly as
 * sent</li>
 * <li>title: at most {@value #MAX_TITLE} characters; blank means none</li>
 * <li>language: {@code ar}, {@code en} or {@code other}; detected from the text when
 * empty</li>
 * <li>channel: a {@link Channel} code, {@code message} when empty</li>
 * <li>receivedAt: an ISO instant ({@code 2024-01-05T10:00:00Z}), offset date-time, or
 * local date-time taken as UTC; now when empty</li>
 * <li>publishedAt: an ISO date</li>
 * <li>sourceId: the id of a recorded source</li>
 * <li>credibility: 1 to 6, 6 (cannot be judged) when empty</li>
 * </ul>
 */
final class ReportRules {

	static final int MAX_TITLE = 500;

	private static final char NUL = '\0';

	private ReportRules() {
	}

	/**
	 * Checks a new report.
	 * @param report the report as typed
	 * @param maxTextBytes the largest text accepted
	 * @param sourceExists whether a source id is known
	 * @return the checked values
	 * @throws IntakeRefused naming every offending field
	 */
	static Checked check(NewReport report, long maxTextBytes, Predicate<UUID> sourceExists) {
		List<FieldProblem> problems = new ArrayList<>();
		checkText(report.text(), maxTextBytes, problems);
		String title = title(report.title(), problems);
		String language = language(report.language(), report.text(), problems);
		Channel channel = channel(report.channel(), problems);
		Instant receivedAt = receivedAt(report.receivedAt(), problems);
		LocalDate publishedAt = publishedAt(report.publishedAt(), problems);
		UUID sourceId = sourceId(report.sourceId(), sourceExists, problems);
		int credibility = credibility(report.credibility(), problems);
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems, false);
		}
		return new Checked(report.text(), title, language, channel, receivedAt, publishedAt, sourceId, credibility);
	}

	/**
	 * Checks a correction.
	 * @param correction the corrected text
	 * @param maxTextBytes the largest text accepted
	 * @return the checked correction, with the language filled in
	 */
	static Correction check(Correction correction, long maxTextBytes) {
		List<FieldProblem> problems = new ArrayList<>();
		checkText(correction.text(), maxTextBytes, problems);
		String title = title(correction.title(), problems);
		String language = language(correction.language(), correction.text(), problems);
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems, false);
		}
		return new Correction(correction.text(), title, language);
	}

	private static void checkText(String text, long maxBytes, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("text", "report.error.textRequired"));
			return;
		}
		if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
			throw IntakeRefused.tooLarge("text", "report.error.textTooLarge");
		}
		if (text.indexOf(NUL) >= 0) {
			problems.add(new FieldProblem("text", "report.error.textNul"));
		}
	}

	private static String title(String title, List<FieldProblem> problems) {
		if (title == null || title.isBlank()) {
			return null;
		}
		if (title.length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "report.error.titleTooLong"));
		}
		return title.strip();
	}

	private static String language(String language, String text, List<FieldProblem> problems) {
		if (language == null || language.isBlank()) {
			return (text != null) ? Language.detect(text).code() : Language.OTHER.code();
		}
		for (Language known : Language.values()) {
			if (known.code().equals(language)) {
				return language;
			}
		}
		problems.add(new FieldProblem("language", "report.error.language"));
		return null;
	}

	private static Channel channel(String channel, List<FieldProblem> problems) {
		if (channel == null || channel.isBlank()) {
			return Channel.MESSAGE;
		}
		try {
			return Channel.ofCode(channel);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("channel", "report.error.channel"));
			return null;
		}
	}

	private static Instant receivedAt(String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return Timestamps.now();
		}
		try {
			return parseInstant(value.strip()).truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("receivedAt", "report.error.receivedAt"));
			return null;
		}
	}

	private static Instant parseInstant(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
	}

	private static LocalDate publishedAt(String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("publishedAt", "report.error.publishedAt"));
			return null;
		}
	}

	private static UUID sourceId(String value, Predicate<UUID> sourceExists, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(value.strip());
			if (sourceExists.test(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below like an unknown id
		}
		problems.add(new FieldProblem("sourceId", "report.error.sourceUnknown"));
		return null;
	}

	private static int credibility(String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return InformationCredibility.CANNOT_BE_JUDGED.grade();
		}
		try {
			return InformationCredibility.ofGrade(Integer.parseInt(value.strip())).grade();
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("credibility", "report.error.credibility"));
			return 0;
		}
	}

	/**
	 * A report that passed the checks.
	 *
	 * @param text the text as sent
	 * @param title the title or {@code null}
	 * @param language the language code
	 * @param channel the channel
	 * @param receivedAt when it was received
	 * @param publishedAt when it was published, or {@code null}
	 * @param sourceId the source or {@code null}
	 * @param credibility 1–6
	 */
	record Checked(String text, String title, String language, Channel channel, Instant receivedAt,
			LocalDate publishedAt, UUID sourceId, int credibility) {
	}

}
