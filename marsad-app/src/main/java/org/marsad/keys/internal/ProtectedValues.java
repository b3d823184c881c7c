package org.marsad.keys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.marsad.keys.FieldAddress;
import org.marsad.keys.ProtectedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Walks the values of the registered protected columns: seals the clear values left from
 * before encryption, re-encrypts values under a new data key, counts values per key.
 * <ul>
 * <li>each value is replaced only if it is still what was read (compare and set), so a
 * value changed meanwhile by a running server is left to it</li>
 * <li>rows are changed in batches of {@value #BATCH}, each batch in a transaction of its
 * own, so that a long pass does not hold locks on a whole table</li>
 * <li>logs count values and name tables and columns, never values</li>
 * </ul>
 */
class ProtectedValues {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(ProtectedValues.class);

	private final JdbcClient jdbc;

	private final ProtectedColumns columns;

	private final Keyring keyring;

	private final TransactionOperations transactions;

	ProtectedValues(JdbcClient jdbc, ProtectedColumns columns, Keyring keyring, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.columns = columns;
		this.keyring = keyring;
		this.transactions = transactions;
	}

	/**
	 * Seals every clear value in the registered columns.
	 * @return how many values were sealed
	 */
	long sealClearValues() {
		long sealed = 0;
		for (ProtectedColumns.Column column : this.columns.all()) {
			long count = rewrite(column, column.column() + " NOT LIKE :prefix", ProtectedText.PREFIX + "%",
					(value) -> value);
			if (count > 0) {
				log.info("Sealed {} clear values in {}.{}", count, column.table(), column.column());
			}
			sealed += count;
		}
		return sealed;
	}

	/**
	 * Re-encrypts every value not sealed under the active data key.
	 * @return how many values were re-encrypted
	 */
	long reencrypt() {
		String active = this.keyring.activeId();
		long count = 0;
		for (ProtectedColumns.Column column : this.columns.all()) {
			count += rewrite(column, column.column() + " NOT LIKE :prefix", ProtectedText.PREFIX + active + ":%",
					(value) -> ProtectedText.isSealed(value) ? null : value);
		}
		return count;
	}

	/**
	 * How many values each data key seals, and how many are clear ({@code clear}).
	 * @return counts by key id
	 */
	Map<String, Long> countByKey() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ProtectedColumns.Column column : this.columns.all()) {
			List<String> values = this.jdbc
				.sql("SELECT " + column.column() + " FROM " + column.table() + " WHERE " + column.column()
						+ " IS NOT NULL")
				.query(String.class)
				.list();
			values.stream()
				.collect(Collectors.groupingBy(
						(value) -> ProtectedText.isSealed(value) ? new ProtectedText(value).keyId() : "clear",
						Collectors.counting()))
				.forEach((key, count) -> counts.merge(key, count, Long::sum));
		}
		return counts;
	}

	/**
	 * Seals again, under the active key, the values of a column that match a condition.
	 * @param clearOf reads the clear value from the stored one when it is not sealed, or
	 * gives {@code null} to open it with the keyring
	 */
	private long rewrite(ProtectedColumns.Column column, String condition, String prefix,
			Function<String, String> clearOf) {
		String keys = String.join(", ", column.keyColumns());
		List<Row> rows = this.jdbc
			.sql("SELECT " + keys + ", " + column.column() + " AS protected_value FROM " + column.table() + " WHERE "
					+ column.column() + " IS NOT NULL AND " + condition)
			.param("prefix", prefix)
			.query((rs, n) -> row(rs, column))
			.list();
		long changed = 0;
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			Long done = this.transactions.execute((status) -> {
				long count = 0;
				for (Row row : batch) {
					count += replace(column, row, clearOf) ? 1 : 0;
				}
				return count;
			});
			changed += (done != null) ? done : 0;
		}
		return changed;
	}

	private boolean replace(ProtectedColumns.Column column, Row row, Function<String, String> clearOf) {
		FieldAddress address = new FieldAddress(column.table(), column.column(), row.rowKey());
		String clear = clearOf.apply(row.value());
		if (clear == null) {
			clear = this.keyring.open(new ProtectedText(row.value()), address);
		}
		String sealed = this.keyring.seal(clear, address).stored();
		StringBuilder sql = new StringBuilder("UPDATE " + column.table() + " SET " + column.column()
				+ " = :sealed WHERE " + column.column() + " = :previous");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("sealed", sealed);
		params.put("previous", row.value());
		for (int i = 0; i < column.keyColumns().size(); i++) {
			sql.append(" AND ").append(column.keyColumns().get(i)).append(" = :key").append(i);
			params.put("key" + i, row.keys().get(i));
		}
		return this.jdbc.sql(sql.toString()).params(params).update() == 1;
	}

	private static Row row(ResultSet rs, ProtectedColumns.Column column) throws SQLException {
		List<Object> keys = new ArrayList<>();
		for (String key : column.keyColumns()) {
			keys.add(rs.getObject(key));
		}
		return new Row(keys, rs.getString("protected_value"));
	}

	/**
	 * A row holding a protected value.
	 *
	 * @param keys its primary key values
	 * @param value the stored value
	 */
	private record Row(List<Object> keys, String value) {

		String rowKey() {
			return this.keys.stream().map(String::valueOf).collect(Collectors.joining(","));
		}

	}

}
