package org.marsad.text.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.marsad.text.normalize.ArabicFolding;

/**
 * Common words that some imported gazetteers use as a whole place name («الصور»,
 * «المدينة», «جروح», "Ali"). A one-word name found in this list matches only after a
 * qualifier («قرية الصور»), which keeps a 6,000-village gazetteer from tagging ordinary
 * words.
 *
 * <p>
 * The list is the resource {@code common-words.txt}: one word a line, {@code #} for
 * comments, folded with {@link ArabicFolding} like every name.
 */
public final class CommonWords {

	private static final String RESOURCE = "common-words.txt";

	private final Set<String> folded;

	private CommonWords(Set<String> folded) {
		this.folded = Set.copyOf(folded);
	}

	/**
	 * The list shipped with the engine.
	 * @return the list
	 */
	public static CommonWords standard() {
		try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Set<String> words = new HashSet<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(ArabicFolding.fold(line.strip()));
				}
			}
			return new CommonWords(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An empty list, for gazetteers whose names are all trusted.
	 * @return the empty list
	 */
	public static CommonWords none() {
		return new CommonWords(Set.of());
	}

	/**
	 * Whether a name is one common word.
	 * @param name a name as written
	 * @return whether it folds to a listed word
	 */
	public boolean contains(String name) {
		return this.folded.contains(ArabicFolding.fold(name.strip()));
	}

}
