/**
 * Events: what happened (events), in what numbers (figures), and which reports say so
 * (claims), coded from reports with their provenance.
 * <ul>
 * <li>An event has a type (DESIGN, "Event types"), a date interval with its precision, a
 * place with an ACLED geo-precision (1 named town, 2 part of a region or near a town, 3
 * larger region), actors in roles, a verification status after Airwars and the reports
 * that support it, each with the span that speaks of it.</li>
 * <li>A figure is what an event counts: an interval (low/best/high) with its qualifier,
 * unit, category and group. Its value is derived from its claims by its
 * {@link org.marsad.events.ValueRule}: each claim is one report's statement of the value,
 * with the span it was read from, the quote, and the grades of its source at coding
 * time.</li>
 * <li>Nothing is deleted: events, figures and claims are voided with a reason. Every
 * change is kept in {@code coding_change} with who, when, why and the record as it became
 * ({@link org.marsad.events.Change}).</li>
 * <li>Edits carry the version they were made on; a stale version is refused with
 * {@link org.marsad.events.EditConflict} (HTTP 409) and changes nothing.</li>
 * <li>Refusals ({@link org.marsad.events.CodingRefused}) name every offending field and
 * leave nothing half-written: each use case is one transaction.</li>
 * <li>Other modules follow changes through {@link org.marsad.events.EventRecorded},
 * {@link org.marsad.events.EventChanged}, {@link org.marsad.events.FigureChanged} and
 * {@link org.marsad.events.ReportCoded}, published in the transaction that made
 * them.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package org.marsad.events;
