package org.marsad.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores accounts in the {@code account} table.
 */
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return this.jdbc.sql("SELECT * FROM account WHERE username = :username")
			.param("username", username)
			.query(AccountRepository::map)
			.optional();
	}

	List<Account> findAll() {
		return this.jdbc.sql("SELECT * FROM account ORDER BY username").query(AccountRepository::map).list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
	}

	long countEnabledAdmins() {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND enabled")
			.query(Long.class)
			.single();
	}

	void updateRole(String username, Role role) {
		this.jdbc.sql("UPDATE account SET role = :role WHERE username = :username")
			.param("role", role.name())
			.param("username", username)
			.update();
	}

	void updateEnabled(String username, boolean enabled) {
		this.jdbc.sql("UPDATE account SET enabled = :enabled WHERE username = :username")
			.param("enabled", enabled)
			.param("username", username)
			.update();
	}

	void updatePasswordHash(String username, String passwordHash) {
		this.jdbc.sql("UPDATE account SET password_hash = :hash WHERE username = :username")
			.param("hash", passwordHash)
			.param("username", username)
			.update();
	}

	void insert(Account account) {
		this.jdbc
			.sql("INSERT INTO account (id, username, password_hash, role, display_name, enabled, created_at) "
					+ "VALUES (:id, :username, :hash, :role, :displayName, :enabled, :createdAt)")
			.param("id", account.id())
			.param("username", account.username())
			.param("hash", account.passwordHash())
			.param("role", account.role().name())
			.param("displayName", account.displayName())
			.param("enabled", account.enabled())
			.param("createdAt", OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC))
			.update();
	}

	/**
	 * Counts a failed login.
	 * @return the failed logins since the last success, or 0 when there is no such
	 * account
	 */
	int recordFailure(String username) {
		this.jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1 WHERE username = :username")
			.param("username", username)
			.update();
		return this.jdbc.sql("SELECT failed_logins FROM account WHERE username = :username")
			.param("username", username)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	void lock(String username, Instant until) {
		this.jdbc.sql("UPDATE account SET locked_until = :until, failed_logins = 0 WHERE username = :username")
			.param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
			.param("username", username)
			.update();
	}

	/**
	 * Forgets failed logins and any lock.
	 * @return whether there was anything to forget
	 */
	boolean clearFailures(String username) {
		return this.jdbc
			.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = :username "
					+ "AND (failed_logins > 0 OR locked_until IS NOT NULL)")
			.param("username", username)
			.update() > 0;
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
		return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getString("display_name"), rs.getBoolean("enabled"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("failed_logins"),
				(lockedUntil != null) ? lockedUntil.toInstant() : null);
	}

}
