package org.marsad.persons;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.marsad.events.CatalogueFixture;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events and figures written straight into the coded-event tables, as the events module
 * would, for the persons counted in them: «اعتُقل نحو 5 أشخاص في الباغوز».
 */
final class FigureRows {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2019, 2, 4, 8, 0, 0, 0, ZoneOffset.UTC);

	private final JdbcClient jdbc;

	FigureRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A detention in Baghuz on 20 January 2019. */
	UUID event(String confidentiality) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO event (id, type, date_from, date_to, date_precision, place_id, status, confidentiality, "
					+ "version, created_at, created_by, updated_at, updated_by) VALUES (:id, 'violence_against_civilians', :day, :day, "
					+ "'day', :place, 'fair', :confidentiality, 1, :at, 'test', :at, 'test')")
			.param("id", id)
			.param("day", LocalDate.of(2019, 1, 20))
			.param("place", CatalogueFixture.BAGHUZ)
			.param("confidentiality", confidentiality)
			.param("at", NOW)
			.update();
		return id;
	}

	/** A figure of an event, its value as stated with the interval DESIGN gives it. */
	UUID figure(UUID event, String unit, String qualifier, long n) {
		UUID id = UUID.randomUUID();
		BigDecimal value = BigDecimal.valueOf(n);
		boolean bounded = "exact".equals(qualifier) || "at_most".equals(qualifier) || "less_than".equals(qualifier);
		boolean floored = "exact".equals(qualifier) || "more_than".equals(qualifier) || "at_least".equals(qualifier);
		this.jdbc
			.sql("INSERT INTO figure (id, event_id, unit, category, cumulative, value_rule, qualifier, low, best, high, "
					+ "version, created_at, created_by, updated_at, updated_by) VALUES (:id, :event, :unit, 'detained', "
					+ "FALSE, 'manual', :qualifier, :low, :best, :high, 1, :at, 'test', :at, 'test')")
			.param("id", id)
			.param("event", event)
			.param("unit", unit)
			.param("qualifier", qualifier)
			.param("low", floored ? value : null, java.sql.Types.NUMERIC)
			.param("best", value)
			.param("high", bounded ? value : null, java.sql.Types.NUMERIC)
			.param("at", NOW)
			.update();
		return id;
	}

	void voidFigure(UUID figure) {
		this.jdbc.sql("UPDATE figure SET voided = TRUE, void_reason = 'خطأ في الترميز' WHERE id = :id")
			.param("id", figure)
			.update();
	}

	void voidEvent(UUID event) {
		this.jdbc.sql("UPDATE event SET voided = TRUE, void_reason = 'مكرر' WHERE id = :id")
			.param("id", event)
			.update();
	}

}
