package org.marsad.extraction.internal;

import org.marsad.text.Extractor;

/**
 * An extractor with what it was built from.
 *
 * @param extractor the extractor
 * @param generation the count of catalogue changes it accounts for
 * @param revision the catalogue's revision when it was read
 * @param places how many places it knows
 * @param actors how many actors it knows
 * @param buildMillis how long reading the catalogue and building took
 */
record BuiltExtractor(Extractor extractor, long generation, String revision, int places, int actors, long buildMillis) {
}
