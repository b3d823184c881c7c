package org.marsad.extraction.internal;

import java.time.Clock;

import org.marsad.settings.MarsadProperties;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.intake.Reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of extraction: the extractor kept in step with the catalogue, and the drafts.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	@Bean
	CatalogueExtractor catalogueExtractor(Places places, Actors actors) {
		return new CatalogueExtractor(new CatalogueDictionaries(places, actors), System::nanoTime);
	}

	@Bean
	ReportDrafts reportDrafts(Reports reports, CatalogueExtractor extractor, MarsadProperties properties) {
		return new ReportDrafts(reports, extractor, properties.maxReportText().toBytes(), Clock.systemUTC());
	}

}
