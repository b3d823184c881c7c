package org.marsad.publishing.internal;

import java.time.Clock;

import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.events.Events;
import org.marsad.publishing.Bulletins;
import org.marsad.publishing.EventExports;
import org.marsad.settings.MarsadProperties;
import org.marsad.tallies.Tallies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the publishing module.
 */
@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {

	@Bean
	ExportReading exportReading(Events events, Places places, Actors actors) {
		return new ExportReading(events, places, actors);
	}

	@Bean
	PublishedTallies publishedTallies(Tallies tallies) {
		return new PublishedTallies(tallies);
	}

	@Bean
	MapLayers mapLayers(Places places, PublishedTallies tallies) {
		return new MapLayers(places, tallies);
	}

	@Bean
	BulletinMaterial bulletinMaterial(Events events, Places places, PublishedTallies tallies) {
		return new BulletinMaterial(events, places, tallies);
	}

	@Bean
	BulletinIllustrations bulletinIllustrations(PublishedTallies tallies, Events events, ExportReading reading,
			Places places) {
		return new BulletinIllustrations(tallies, events, reading, places);
	}

	@Bean
	BulletinRepository bulletinRepository(JdbcClient jdbc) {
		return new BulletinRepository(jdbc, JsonMapper.builder().build());
	}

	@Bean
	BulletinSigner bulletinSigner(MarsadProperties properties) {
		return new BulletinSigner(properties.data());
	}

	@Bean
	Bulletins bulletins(BulletinRepository repository, PublishedTallies tallies, Events events, ExportReading reading,
			BulletinIllustrations illustrations, BulletinSigner signer) {
		return new BulletinDesk(repository, new BulletinFigures(tallies, events, reading), illustrations, signer,
				Clock.systemUTC());
	}

	@Bean
	EventExports eventExports(ExportReading reading) {
		return new EventExporter(reading, JsonMapper.builder().build());
	}

}
