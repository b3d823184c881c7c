package org.marsad.events.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.Change;
import org.marsad.events.Claim;
import org.marsad.events.Event;
import org.marsad.events.EventActor;
import org.marsad.events.EventSummary;
import org.marsad.events.Events;
import org.marsad.events.Figure;
import org.marsad.events.FigureValue;
import org.marsad.events.RecordNotFound;
import org.marsad.events.StatusSuggestion;
import org.marsad.events.SupportingReport;
import org.marsad.intake.Report;
import org.marsad.intake.Reports;
import org.marsad.text.vocabulary.Qualifier;

/**
 * Everything the event page shows, read through the module APIs: the event, the names of
 * its place and actors, its figures with their claims (each with the passage of its
 * report around the span), its supporting reports with their passages, the events above
 * and below it, the suggested status and the history.
 */
class EventSheet {

	private final Events events;

	private final Reports reports;

	private final CatalogueLookup catalogue;

	private final EventListing listing;

	private final Clearance clearance;

	EventSheet(Events events, Reports reports, CatalogueLookup catalogue, EventListing listing, Clearance clearance) {
		this.events = events;
		this.reports = reports;
		this.catalogue = catalogue;
		this.listing = listing;
		this.clearance = clearance;
	}

	/**
	 * The page of an event.
	 *
	 * @param event the event
	 * @param placeName its place's name, or {@code null}
	 * @param actors its actors with names, in their roles
	 * @param parent the event above it, or {@code null}
	 * @param children the events below it
	 * @param figures its figures with their claims
	 * @param reports its supporting reports
	 * @param suggestion the status its sources suggest
	 * @param history its changes, oldest first
	 */
	record Sheet(Event event, String placeName, List<ActorLine> actors, Event parent, List<EventSummary> children,
			List<FigureLine> figures, List<ReportLine> reports, StatusSuggestion suggestion, List<Change> history) {

		/**
		 * A date, time or code set apart as left-to-right text (Unicode isolates), so
		 * that inside an Arabic sentence 2018-12-01 is not read as 01-12-2018.
		 */
		public String ltr(Object value) {
			return (value != null) ? "\u2066" + value + "\u2069" : "";
		}

	}

	/**
	 * An actor in its role.
	 *
	 * @param actor the actor and role
	 * @param name its name
	 */
	record ActorLine(EventActor actor, String name) {
	}

	/**
	 * A figure with its claims.
	 *
	 * @param figure the figure
	 * @param groupActorName the name of the actor its group belongs to, or {@code null}
	 * @param claims its claims
	 */
	record FigureLine(Figure figure, String groupActorName, List<ClaimLine> claims) {

		public String best() {
			return Values.best(this.figure.value());
		}

		/** The name of the group's nationality in the page's language, e.g. العراق. */
		public String country(Locale locale) {
			String code = this.figure.group().nationality();
			return (code != null) ? new Locale("", code).getDisplayCountry(locale) : null;
		}

		public String interval() {
			return Values.interval(this.figure.value());
		}

	}

	/**
	 * A claim with the passage of its report.
	 *
	 * @param claim the claim
	 * @param excerpt the passage, split around the span
	 * @param current whether the figure's rule chose it
	 * @param language the language code of the report
	 */
	record ClaimLine(Claim claim, Excerpt excerpt, boolean current, String language) {

		public String best() {
			return Values.best(this.claim.value());
		}

		public String interval() {
			return Values.interval(this.claim.value());
		}

	}

	/**
	 * A supporting report with its passage.
	 *
	 * @param link the link
	 * @param title the report's title, or {@code null}
	 * @param sourcePseudonym its source's pseudonym, or {@code null}
	 * @param language its language code
	 * @param excerpt the passage, split around the span
	 */
	record ReportLine(SupportingReport link, String title, String sourcePseudonym, String language, Excerpt excerpt) {
	}

	Sheet read(UUID id, String language) {
		Event event = this.events.get(id);
		Map<String, Report> texts = new HashMap<>();
		Set<String> actorIds = new HashSet<>();
		event.actors().forEach((actor) -> actorIds.add(actor.actorId()));
		event.figures()
			.stream()
			.filter((figure) -> figure.group().actorId() != null)
			.forEach((figure) -> actorIds.add(figure.group().actorId()));
		Map<String, CatalogueLookup.ActorEntry> actorNames = this.catalogue.actors(actorIds);
		List<ActorLine> actors = event.actors()
			.stream()
			.map((actor) -> new ActorLine(actor, name(actorNames.get(actor.actorId()), actor.actorId(), language)))
			.toList();
		List<FigureLine> figures = new ArrayList<>();
		for (Figure figure : event.figures()) {
			List<ClaimLine> claims = new ArrayList<>();
			for (Claim claim : figure.claims()) {
				Report report = text(texts, claim.reportId(), claim.reportVersion());
				claims.add(new ClaimLine(claim,
						Excerpt.around(report.text(), claim.spanStart(), claim.spanEnd(), Excerpt.CONTEXT),
						claim.id().equals(figure.currentClaimId()), report.language()));
			}
			String groupActor = figure.group().actorId();
			figures.add(new FigureLine(figure,
					(groupActor != null) ? name(actorNames.get(groupActor), groupActor, language) : null, claims));
		}
		List<ReportLine> reports = event.reports().stream().map((link) -> {
			Report report = text(texts, link.reportId(), link.reportVersion());
			return new ReportLine(link, report.title(), report.sourcePseudonym(), report.language(),
					Excerpt.around(report.text(), link.spanStart(), link.spanEnd(), Excerpt.CONTEXT));
		}).toList();
		List<EventSummary> children = this.listing.children(id)
			.stream()
			.filter((child) -> this.clearance.shows(child.confidentiality()))
			.toList();
		return new Sheet(event, placeName(event.placeId(), language), actors, parent(event), children, figures, reports,
				this.events.suggestStatus(id), this.events.history(id));
	}

	/** The event that encompasses this one, unless the reader may not see it. */
	private Event parent(Event event) {
		if (event.parentId() == null) {
			return null;
		}
		try {
			return this.events.get(event.parentId());
		}
		catch (RecordNotFound hidden) {
			return null;
		}
	}

	/** The names of these places in a language, by id. */
	Map<String, String> placeNames(Set<String> ids, String language) {
		Map<String, String> names = new HashMap<>();
		this.catalogue.places(ids).forEach((id, place) -> names.put(id, place.name(language)));
		return names;
	}

	private String placeName(String placeId, String language) {
		if (placeId == null) {
			return null;
		}
		return placeNames(Set.of(placeId), language).getOrDefault(placeId, placeId);
	}

	private Report text(Map<String, Report> texts, UUID reportId, int version) {
		return texts.computeIfAbsent(reportId + "@" + version, (key) -> this.reports.get(reportId, version));
	}

	private static String name(CatalogueLookup.ActorEntry actor, String id, String language) {
		return (actor != null) ? actor.name(language) : id;
	}

	/** Numbers as pages show them: grouped by thousands, without padding zeros. */
	static final class Values {

		private Values() {
		}

		static String best(FigureValue value) {
			return (value != null && value.best() != null) ? format(value.best()) : "";
		}

		/**
		 * The bounds: {@code 20–99}; {@code ≥ 6,000}, or {@code > 6,000} for "more than";
		 * {@code ≤ n} or {@code < n}; empty when both are open.
		 */
		static String interval(FigureValue value) {
			if (value == null || (value.low() == null && value.high() == null)) {
				return "";
			}
			if (value.low() != null && value.high() != null) {
				return value.low().compareTo(value.high()) == 0 ? "" : format(value.low()) + "–" + format(value.high());
			}
			if (value.low() != null) {
				return ((value.qualifier() == Qualifier.MORE_THAN) ? "> " : "≥ ") + format(value.low());
			}
			return ((value.qualifier() == Qualifier.LESS_THAN) ? "< " : "≤ ") + format(value.high());
		}

		static String format(BigDecimal number) {
			return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
		}

	}

}
