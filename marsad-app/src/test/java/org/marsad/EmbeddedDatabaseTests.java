package org.marsad;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps accepting rows after the connection that created the schema
 * has been closed, as a connection pool does routinely. H2 2.4.240 broke this for
 * {@code CHECK (column IN (…))} constraints (h2database issues 4292, 4302, 4308), which
 * stopped an embedded server from taking reports after about half an hour; the H2 version
 * is pinned to one without the defect.
 */
class EmbeddedDatabaseTests {

	@Test
	void checkConstraintsHoldAfterTheMigratingConnectionIsClosed() throws SQLException {
		String url = "jdbc:h2:mem:checks-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
			Flyway.configure().dataSource(url, "sa", "").load().migrate();
			try (Connection later = DriverManager.getConnection(url, "sa", "");
					PreparedStatement insert = later.prepareStatement(
							"INSERT INTO account (id, username, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)")) {
				insert.setObject(1, UUID.randomUUID());
				insert.setString(2, "documenter");
				insert.setString(3, "{noop}x");
				insert.setString(4, "DOCUMENTER");
				insert.setObject(5, OffsetDateTime.now());
				assertThat(insert.executeUpdate()).isEqualTo(1);
			}
		}
	}

}
