package org.marsad.catalogue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.marsad.catalogue.Actor;
import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.catalogue.Place;
import org.marsad.text.actors.ActorCatalogue;
import org.marsad.text.places.Gazetteer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Flyway migration 3.2: loads the text engine's starter gazetteer
 * ({@link Gazetteer#starter()}) and actor catalogue ({@link ActorCatalogue#starter()})
 * into the empty catalogue, with the origin {@value #ORIGIN}.
 * <ul>
 * <li>Flyway runs it once per database, on H2 and PostgreSQL alike, in the migration's
 * transaction and on its connection; Spring Boot hands beans of this type to Flyway</li>
 * <li>a table that already holds entries is left alone</li>
 * <li>names, aliases, search keys and {@code place_ancestor} are written as every other
 * change writes them ({@link PlaceRows}, {@link ActorRows}, {@link PlaceClosure})</li>
 * <li>the starter data must pass the catalogue's rules; if it does not, the migration
 * fails and the application does not start</li>
 * </ul>
 * Later changes to the starter files do not reach a database that ran this migration;
 * they need a migration of their own.
 */
final class StarterCatalogueMigration implements JavaMigration {

	static final String ORIGIN = "starter";

	private static final String WHO = "system";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("3.2");
	}

	@Override
	public String getDescription() {
		return "starter catalogue";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		JdbcClient jdbc = JdbcClient.create(template);
		Instant now = Timestamps.now();
		PlaceRepository places = new PlaceRepository(jdbc);
		if (places.count() == 0) {
			List<Place> starter = starterPlaces(now);
			new PlaceRows(template).insert(starter);
			new PlaceClosure(template, places).refresh(starter.stream().map(Place::id).toList());
		}
		if (new ActorRepository(jdbc).count() == 0) {
			new ActorRows(template).insert(starterActors(now));
		}
	}

	static List<Place> starterPlaces(Instant now) {
		List<Place> places = new ArrayList<>();
		for (org.marsad.text.Place entry : Gazetteer.starter().places()) {
			org.marsad.text.Place place = PlaceRules.clean(entry);
			List<Problem> problems = PlaceRules.problems(place, true);
			if (!problems.isEmpty()) {
				throw new IllegalStateException("starter place " + entry.id() + " breaks " + problems);
			}
			places.add(new Place(place.id(), place.nameAr(), place.nameEn(), place.kind(), place.lat(), place.lon(),
					place.parentId(), place.aliases(), ORIGIN, 1, now, WHO));
		}
		return places;
	}

	static List<Actor> starterActors(Instant now) {
		List<Actor> actors = new ArrayList<>();
		for (org.marsad.text.actors.Actor entry : ActorCatalogue.starter().actors()) {
			List<String> aliases = EntryRules.cleanAliases(entry.aliases());
			String nameAr = EntryRules.clean(entry.nameAr());
			String nameEn = EntryRules.clean(entry.nameEn());
			List<Problem> problems = new ArrayList<>();
			EntryRules.checkId(entry.id(), problems);
			EntryRules.checkNames(nameAr, nameEn, aliases, problems);
			if (!problems.isEmpty()) {
				throw new IllegalStateException("starter actor " + entry.id() + " breaks " + problems);
			}
			actors.add(new Actor(entry.id(), nameAr, nameEn, aliases, ORIGIN, 1, now, WHO));
		}
		return actors;
	}

}
