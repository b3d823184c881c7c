package org.marsad.persons.internal;

import org.marsad.audit.AuditLog;
import org.marsad.keys.ProtectedFields;
import org.marsad.search.Search;
import org.marsad.settings.MarsadProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of persons: repositories, rules, use cases, the signing key and the search feed.
 */
@Configuration(proxyBeanMethods = false)
class PersonsConfiguration {

	@Bean
	References personReferences(JdbcClient jdbc) {
		return new References(jdbc);
	}

	@Bean
	PersonRepository personRepository(JdbcClient jdbc) {
		return new PersonRepository(jdbc);
	}

	@Bean
	TimelineRepository timelineRepository(JdbcClient jdbc) {
		return new TimelineRepository(jdbc);
	}

	@Bean
	EvidenceRepository evidenceRepository(JdbcClient jdbc) {
		return new EvidenceRepository(jdbc);
	}

	@Bean
	PersonReader personReader(PersonRepository persons, TimelineRepository timeline, EvidenceRepository evidence,
			ProtectedFields protectedFields) {
		return new PersonReader(persons, timeline, evidence, protectedFields);
	}

	@Bean
	PersonJournal personJournal(PersonRepository persons, JdbcClient jdbc, AuditLog audit,
			ApplicationEventPublisher publisher) {
		return new PersonJournal(persons, new PersonChanges(jdbc), audit, publisher);
	}

	@Bean
	PersonRegister personRegister(References references, PersonRepository persons, TimelineRepository timeline,
			PersonReader reader, PersonJournal journal) {
		return new PersonRegister(new PersonRules(references), persons, timeline, reader, journal,
				new StatusRules(references));
	}

	@Bean
	EvidenceRegister evidenceRegister(PersonReader reader, PersonRepository persons, EvidenceRepository evidence,
			References references, ProtectedFields protectedFields, PersonJournal journal) {
		return new EvidenceRegister(reader, persons, evidence, references, protectedFields, journal);
	}

	@Bean
	SigningKeys signingKeys(JdbcClient jdbc, ProtectedFields protectedFields, PlatformTransactionManager transactions,
			MarsadProperties properties) {
		TransactionTemplate separate = new TransactionTemplate(transactions);
		separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new SigningKeys(jdbc, protectedFields, separate, properties.data());
	}

	@Bean
	AttestationRegister attestationRegister(PersonReader reader, SigningKeys keys, JdbcClient jdbc, AuditLog audit) {
		return new AttestationRegister(reader, keys, jdbc, audit);
	}

	@Bean
	PersonLinkage personLinkage(PersonRepository persons) {
		return new PersonLinkage(persons);
	}

	@Bean
	MatchRepository matchRepository(JdbcClient jdbc) {
		return new MatchRepository(jdbc);
	}

	@Bean
	DuplicateRegister duplicateRegister(PersonLinkage linkage, MatchRepository matches, PersonRepository persons,
			PersonReader reader, PersonJournal journal) {
		return new DuplicateRegister(linkage, matches, persons, reader, journal);
	}

	@Bean
	DuplicateWatch duplicateWatch(PersonRepository persons, PersonLinkage linkage, MatchRepository matches,
			PlatformTransactionManager transactions) {
		return new DuplicateWatch(persons, linkage, matches, new TransactionTemplate(transactions));
	}

	@Bean
	PfifRegister pfifRegister(PersonRepository persons, TimelineRepository timeline, References references,
			PersonJournal journal, JdbcClient jdbc) {
		return new PfifRegister(persons, timeline, new PersonRules(references), journal, references, jdbc);
	}

	@Bean
	PersonSheet personSheet(org.marsad.persons.Persons persons, org.marsad.persons.IdentityAttestations attestations,
			References references, org.marsad.persons.DuplicateReview duplicates,
			org.marsad.persons.CountedPersons counted) {
		return new PersonSheet(persons, attestations, references, duplicates, counted);
	}

	@Bean
	PersonIndexing personIndexing(PersonRepository persons, JdbcClient jdbc, Search search,
			PlatformTransactionManager transactions) {
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		return new PersonIndexing(persons, jdbc, search, reading);
	}

}
