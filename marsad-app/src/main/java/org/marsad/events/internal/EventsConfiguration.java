package org.marsad.events.internal;

import org.marsad.events.Events;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wiring of events: repositories, the catalogue lookup, the rules and the use cases.
 */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

	@Bean
	EventRepository eventRepository(JdbcClient jdbc) {
		return new EventRepository(jdbc);
	}

	@Bean
	EventListing eventListing(JdbcClient jdbc) {
		return new EventListing(jdbc);
	}

	@Bean
	FigureRepository figureRepository(JdbcClient jdbc) {
		return new FigureRepository(jdbc);
	}

	@Bean
	ClaimRepository claimRepository(JdbcClient jdbc) {
		return new ClaimRepository(jdbc);
	}

	@Bean
	ChangeLog changeLog(JdbcClient jdbc) {
		return new ChangeLog(jdbc);
	}

	@Bean
	CatalogueLookup catalogueLookup(JdbcClient jdbc) {
		return new CatalogueTables(jdbc);
	}

	@Bean
	Clearance clearance(JdbcClient jdbc) {
		return new Clearance(jdbc);
	}

	@Bean
	EventReader eventReader(EventRepository events, FigureRepository figures, ClaimRepository claims) {
		return new EventReader(events, figures, claims);
	}

	@Bean
	EventRules eventRules(CatalogueLookup catalogue, EventReader reader) {
		return new EventRules(catalogue, reader);
	}

	@Bean
	FigureRules figureRules(CatalogueLookup catalogue, EventReader reader) {
		return new FigureRules(catalogue, reader);
	}

	@Bean
	ClaimDrafts claimDrafts(Reports reports, Sources sources) {
		return new ClaimDrafts(reports, sources);
	}

	@Bean
	Recorder recorder(EventRepository events, FigureRepository figures, ClaimRepository claims, ChangeLog log,
			EventReader reader, ApplicationEventPublisher publisher) {
		return new Recorder(events, figures, claims, log, reader, publisher);
	}

	@Bean
	CandidateFinder candidateFinder(EventRules rules, EventListing events, CatalogueLookup catalogue,
			ClaimDrafts drafts) {
		return new CandidateFinder(rules, events, catalogue, drafts);
	}

	@Bean
	EventRegister eventRegister(EventRules rules, EventRepository events, EventListing listing, EventReader reader,
			Recorder recorder, ClaimDrafts drafts, CandidateFinder candidates, ChangeLog log, Clearance clearance) {
		return new EventRegister(rules, events, listing, reader, recorder, drafts, candidates, log, clearance);
	}

	@Bean
	FigureRegister figureRegister(FigureRules rules, FigureRepository figures, ClaimRepository claims,
			EventReader reader, Recorder recorder, ClaimDrafts drafts, ChangeLog log, Clearance clearance) {
		return new FigureRegister(rules, figures, claims, reader, recorder, drafts, log, clearance);
	}

	@Bean
	SubmissionCheck submissionCheck(EventRules eventRules, FigureRules figureRules, EventReader reader) {
		return new SubmissionCheck(eventRules, figureRules, reader);
	}

	@Bean
	ReportCoder reportCoder(ClaimDrafts drafts, SubmissionCheck check, Recorder recorder, EventListing events,
			Reports reports, ApplicationEventPublisher publisher) {
		return new ReportCoder(drafts, check, recorder, events, reports, publisher);
	}

	@Bean
	EventSheet eventSheet(Events events, Reports reports, CatalogueLookup catalogue, EventListing listing,
			Clearance clearance) {
		return new EventSheet(events, reports, catalogue, listing, clearance);
	}

	@Bean
	VocabularyJson vocabularyJson() {
		return new VocabularyJson();
	}

}
