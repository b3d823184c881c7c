package org.marsad.publishing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.events.Events;
import org.marsad.events.RecordNotFound;
import org.marsad.intake.FieldProblem;
import org.marsad.tallies.Estimate;
import org.marsad.tallies.Snapshot;

/**
 * Puts the data into a bulletin's text: every placeholder is replaced by what it binds
 * to, and a figure typed by hand is refused.
 * <ul>
 * <li>{@code {{tally:<tally id>:<snapshot id>}}}: the snapshot's best estimate (low–high
 * when it has none), in Arabic-Indic digits in Arabic, Latin digits in English.</li>
 * <li>{@code {{tally:<tally id>:<snapshot id>:words}}}: in Arabic, the number in words;
 * {@code …:words:<unit>}: with the counted noun of a figure unit ({@link CountedNoun}),
 * agreeing with it. English keeps digits.</li>
 * <li>{@code {{event:<event id>}}}: the event's date, place and description; only
 * publishable events that are not void.</li>
 * <li>A digit anywhere outside a placeholder is refused: figures are inserted from the
 * data, never typed.</li>
 * <li>Paragraphs are separated by blank lines; text is kept as typed otherwise.</li>
 * </ul>
 */
class BulletinFigures {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(tally|event)\\s*:([^}]*)}}");

	private static final char ARABIC_INDIC_ZERO = '\u0660';

	private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");

	private final PublishedTallies tallies;

	private final Events events;

	private final ExportReading reading;

	BulletinFigures(PublishedTallies tallies, Events events, ExportReading reading) {
		this.tallies = tallies;
		this.events = events;
		this.reading = reading;
	}

	/**
	 * Renders a body.
	 * @param body the body as composed
	 * @param language {@code ar} or {@code en}
	 * @param field the name of the body's field, for problems
	 * @param problems where problems are added
	 * @return the paragraphs, figures inserted
	 */
	List<String> render(String body, String language, String field, List<FieldProblem> problems) {
		List<String> paragraphs = new ArrayList<>();
		if (body == null) {
			return paragraphs;
		}
		String typed = PLACEHOLDER.matcher(body).replaceAll("");
		if (typed.codePoints().anyMatch(Character::isDigit)) {
			problems.add(new FieldProblem(field, "publishing.error.typedFigure"));
			return paragraphs;
		}
		for (String paragraph : BLANK_LINES.split(body.strip())) {
			Matcher matcher = PLACEHOLDER.matcher(paragraph);
			StringBuilder rendered = new StringBuilder();
			while (matcher.find()) {
				String value = resolve(matcher.group(1), matcher.group(2).strip(), language);
				if (value == null) {
					problems.add(new FieldProblem(field, "publishing.error.placeholder"));
					return List.of();
				}
				matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(rendered);
			String text = rendered.toString().strip().replaceAll("\\s*\\R\\s*", " ");
			if (!text.isEmpty()) {
				paragraphs.add(text);
			}
		}
		return paragraphs;
	}

	private String resolve(String kind, String argument, String language) {
		String[] parts = argument.split("\\s*:\\s*");
		try {
			if ("event".equals(kind)) {
				return (parts.length == 1) ? event(UUID.fromString(parts[0]), language) : null;
			}
			if (parts.length < 2 || parts.length > 4 || (parts.length > 2 && !"words".equals(parts[2]))) {
				return null;
			}
			Snapshot snapshot = this.tallies.snapshot(UUID.fromString(parts[0]), UUID.fromString(parts[1]));
			CountedNoun noun = (parts.length == 4) ? CountedNoun.BY_UNIT.get(parts[3]) : null;
			if (parts.length == 4 && noun == null) {
				return null;
			}
			return figure(snapshot.result().value(), language, parts.length > 2, noun);
		}
		catch (IllegalArgumentException | NotPublished ex) {
			return null;
		}
	}

	static String figure(Estimate value, String language, boolean words, CountedNoun noun) {
		if (value.best() == null) {
			return digits(value.low(), language) + "–" + ((value.high() != null) ? digits(value.high(), language) : "");
		}
		if (words && "ar".equals(language)) {
			long n = value.best().setScale(0, RoundingMode.HALF_UP).longValueExact();
			return ArabicNumberWords.words(n, noun);
		}
		return digits(value.best(), language);
	}

	static String digits(BigDecimal n, String language) {
		Locale locale = "ar".equals(language) ? Locale.forLanguageTag("ar-SY-u-nu-arab") : Locale.ENGLISH;
		return NumberFormat.getIntegerInstance(locale).format(n);
	}

	/** Latin digits turned into Arabic-Indic ones for Arabic text (U+0660–U+0669). */
	static String localDigits(String text, String language) {
		if (!"ar".equals(language)) {
			return text;
		}
		StringBuilder local = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			local.append((c >= '0' && c <= '9') ? (char) (ARABIC_INDIC_ZERO + (c - '0')) : c);
		}
		return local.toString();
	}

	private String event(UUID id, String language) {
		ExportedEvent event;
		try {
			event = PublicReading.as(Audience.PUBLIC, () -> this.reading.one(this.events.get(id), Audience.PUBLIC));
		}
		catch (RecordNotFound ex) {
			return null;
		}
		if (event == null) {
			return null;
		}
		String place = ExportedEvent.name(event.place(), language);
		String description = "en".equals(language) ? event.event().descriptionEn() : event.event().descriptionAr();
		if (description == null) {
			description = "en".equals(language) ? event.event().descriptionAr() : event.event().descriptionEn();
		}
		String date = localDigits(event.event().dateFrom().toString(), language);
		String comma = "ar".equals(language) ? "\u060C " : ", ";
		return date + ((place != null) ? comma + place : "") + ((description != null) ? ": " + description : "");
	}

}
