package org.marsad.keys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code data_key} table: data keys, wrapped.
 */
class DataKeyRepository {

	private static final String ALL = "SELECT * FROM data_key ORDER BY created_at, id";

	private final JdbcClient jdbc;

	DataKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredKey> all() {
		return this.jdbc.sql(ALL).query(DataKeyRepository::map).list();
	}

	/**
	 * Every data key, locked until the transaction ends, so rotations run one at a time.
	 */
	List<StoredKey> lockAll() {
		return this.jdbc.sql(ALL + " FOR UPDATE").query(DataKeyRepository::map).list();
	}

	Optional<String> activeId() {
		return this.jdbc.sql("SELECT id FROM data_key WHERE active ORDER BY created_at DESC, id DESC LIMIT 1")
			.query(String.class)
			.optional();
	}

	void insert(StoredKey key) {
		this.jdbc
			.sql("INSERT INTO data_key (id, wrapped, master_key_id, active, created_at) "
					+ "VALUES (:id, :wrapped, :master, :active, :createdAt)")
			.param("id", key.id())
			.param("wrapped", key.wrapped())
			.param("master", key.masterKeyId())
			.param("active", key.active())
			.param("createdAt", OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC))
			.update();
	}

	void rewrap(String id, String wrapped, String masterKeyId) {
		this.jdbc.sql("UPDATE data_key SET wrapped = :wrapped, master_key_id = :master WHERE id = :id")
			.param("wrapped", wrapped)
			.param("master", masterKeyId)
			.param("id", id)
			.update();
	}

	void activateOnly(String id) {
		this.jdbc.sql("UPDATE data_key SET active = (id = :id)").param("id", id).update();
	}

	private static StoredKey map(ResultSet rs, int row) throws SQLException {
		return new StoredKey(rs.getString("id"), rs.getString("wrapped"), rs.getString("master_key_id"),
				rs.getBoolean("active"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * A row of {@code data_key}.
	 *
	 * @param id the key id
	 * @param wrapped base64 of the key sealed under the master key
	 * @param masterKeyId the fingerprint of that master key
	 * @param active whether new values are sealed with it
	 * @param createdAt when it was made
	 */
	record StoredKey(String id, String wrapped, String masterKeyId, boolean active, Instant createdAt) {
	}

}
