package org.marsad.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;

/**
 * The role × action matrix as {@code docs/SECURITY.md} writes it, so that tests check
 * what the document says and the two cannot drift apart.
 * <ul>
 * <li>rows are the table lines whose first cell is an action key in backquotes, such as
 * {@code `sources.grade`}</li>
 * <li>the header names the role of each column; a cell is {@code ✓} (allowed) or
 * {@code —} (refused)</li>
 * </ul>
 * A module adds its rows to the document and checks them with its own test:
 * {@code RoleMatrix.load().rows("events.")}.
 *
 * @param rows every row of the matrix
 */
public record RoleMatrix(List<Row> rows) {

	/** The document, from the module's folder (where tests run). */
	public static final Path DOCUMENT = Path.of("../docs/SECURITY.md");

	private static final String ALLOWED = "✓";

	private static final String REFUSED = "—";

	/**
	 * Reads the matrix from the document.
	 * @return the matrix
	 */
	public static RoleMatrix load() {
		List<String> lines;
		try {
			lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<Role, Integer> columns = null;
		List<Row> rows = new ArrayList<>();
		for (String line : lines) {
			List<String> cells = cells(line);
			if (cells.isEmpty()) {
				continue;
			}
			if (cells.contains(Role.ADMIN.name())) {
				columns = new EnumMap<>(Role.class);
				for (Role role : Role.values()) {
					columns.put(role, cells.indexOf(role.name()));
				}
			}
			else if (cells.get(0).startsWith("`") && columns != null) {
				rows.add(row(cells, columns, line));
			}
		}
		return new RoleMatrix(List.copyOf(rows));
	}

	/**
	 * The rows whose key starts with a prefix.
	 * @param prefix e.g. {@code sources.}
	 * @return the rows
	 */
	public List<Row> rows(String prefix) {
		return this.rows.stream().filter((row) -> row.key().startsWith(prefix)).toList();
	}

	/**
	 * One dynamic test per cell of the rows with a prefix: each role, then an anonymous
	 * caller (always refused).
	 * @param prefix e.g. {@code persons.}
	 * @param cell checks one cell: the row's key, the role ({@code null} for anonymous)
	 * and whether the matrix allows it
	 * @return the tests, named «key × ROLE allowed|refused»
	 */
	public List<DynamicTest> cells(String prefix, Cell cell) {
		List<DynamicTest> tests = new ArrayList<>();
		for (Row row : rows(prefix)) {
			for (Role role : Role.values()) {
				boolean expected = row.allowed().get(role);
				tests.add(DynamicTest.dynamicTest(row.key() + " × " + role + (expected ? " allowed" : " refused"),
						() -> cell.check(row.key(), role, expected)));
			}
			tests.add(DynamicTest.dynamicTest(row.key() + " × anonymous refused",
					() -> cell.check(row.key(), null, false)));
		}
		return tests;
	}

	/** The check of one cell of the matrix. */
	@FunctionalInterface
	public interface Cell {

		void check(String key, Role role, boolean expected) throws Exception;

	}

	private static Row row(List<String> cells, Map<Role, Integer> columns, String line) {
		Map<Role, Boolean> allowed = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			String cell = cells.get(columns.get(role));
			if (!cell.equals(ALLOWED) && !cell.equals(REFUSED)) {
				throw new IllegalStateException(
						"a cell of the matrix is neither " + ALLOWED + " nor " + REFUSED + ": " + line);
			}
			allowed.put(role, cell.equals(ALLOWED));
		}
		return new Row(cells.get(0).replace("`", ""), cells.get(1), Map.copyOf(allowed));
	}

	private static List<String> cells(String line) {
		String trimmed = line.strip();
		if (!trimmed.startsWith("|") || trimmed.startsWith("|--") || trimmed.startsWith("| --")) {
			return List.of();
		}
		List<String> cells = new ArrayList<>();
		for (String cell : trimmed.substring(1, trimmed.length() - 1).split("\\|")) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/**
	 * A row of the matrix.
	 *
	 * @param key the action's key, e.g. {@code sources.grade}
	 * @param action what it is, in words
	 * @param allowed for each role, whether it may
	 */
	public record Row(String key, String action, Map<Role, Boolean> allowed) {
	}

}
