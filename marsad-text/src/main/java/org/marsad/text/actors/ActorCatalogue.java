package org.marsad.text.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of actors, read from a tab-separated file so that it grows by
 * configuration, not code.
 *
 * <p>
 * File rules:
 * <ul>
 * <li>UTF-8; lines starting with {@code #}, blank lines and a header line starting with
 * {@code id} are skipped</li>
 * <li>columns: id, Arabic name, English name, aliases separated by {@code |}</li>
 * <li>ids are unique; a repeated id is an error</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ActorCatalogue {

	private static final String STARTER_RESOURCE = "actors.tsv";

	private static final int COLUMNS = 4;

	private final Map<String, Actor> byId;

	private ActorCatalogue(Map<String, Actor> byId) {
		this.byId = byId;
	}

	/**
	 * The catalogue shipped with the engine.
	 * @return the starter catalogue
	 */
	public static ActorCatalogue starter() {
		return Starter.INSTANCE;
	}

	private static ActorCatalogue loadStarter() {
		try (InputStream in = ActorCatalogue.class.getResourceAsStream(STARTER_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + STARTER_RESOURCE);
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Loads a catalogue file.
	 * @param file the file
	 * @return the catalogue
	 * @throws IOException when the file cannot be read
	 */
	public static ActorCatalogue load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	/**
	 * Reads a catalogue.
	 * @param in the file's bytes
	 * @return the catalogue
	 * @throws IOException when reading fails
	 * @throws IllegalArgumentException for a malformed line or a repeated id
	 */
	public static ActorCatalogue read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		Map<String, Actor> actors = new LinkedHashMap<>();
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
				continue;
			}
			Actor actor = parse(line, number);
			if (actors.putIfAbsent(actor.id(), actor) != null) {
				throw new IllegalArgumentException("Line " + number + ": repeated actor id " + actor.id());
			}
		}
		return new ActorCatalogue(actors);
	}

	/** All actors in file order. */
	public List<Actor> actors() {
		return List.copyOf(this.byId.values());
	}

	/**
	 * Looks an actor up.
	 * @param id the id
	 * @return the actor, if present
	 */
	public Optional<Actor> byId(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	private static Actor parse(String line, int number) {
		String[] cells = line.split("\t", -1);
		if (cells.length != COLUMNS || cells[0].isBlank()) {
			throw new IllegalArgumentException("Line " + number + ": expected " + COLUMNS + " columns and an id");
		}
		List<String> aliases = new ArrayList<>();
		Arrays.stream(cells[3].split("\\|")).map(String::strip).filter((a) -> !a.isEmpty()).forEach(aliases::add);
		return new Actor(cells[0].strip(), cells[1].strip(), cells[2].strip(), aliases);
	}

	/** Loads the starter data once, on first use. */
	private static final class Starter {

		static final ActorCatalogue INSTANCE = loadStarter();

	}

}
