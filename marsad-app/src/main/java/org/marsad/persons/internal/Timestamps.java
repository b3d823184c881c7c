package org.marsad.persons.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Values as both databases store them: instants as {@code TIMESTAMP WITH TIME ZONE} to
 * the microsecond (PostgreSQL's precision), so that what is written reads back equal.
 */
final class Timestamps {

	private Timestamps() {
	}

	/** Now, to the microsecond. */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	static OffsetDateTime toColumn(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant read(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
