/**
 * Record linkage of persons: which records, from different sources and spelled
 * differently, are the same person (issue 7). Plain Java, called by the persons registry.
 * <ul>
 * <li>{@link org.marsad.persons.linkage.NameParser} splits Arabic and Latin names into
 * given name, father, grandfather, family and kunya, with the search engine's folding and
 * name-specific rules («عبد» compounds, «بن», the article, «آل»);</li>
 * <li>{@link org.marsad.persons.linkage.LinkageIndex} blocks records by transliteration
 * keys of name parts, compares candidates field by field and answers "this may be the
 * same person as…" and whole-population deduplication;</li>
 * <li>{@link org.marsad.persons.linkage.LinkageModel} holds the Fellegi–Sunter weights,
 * estimated by EM, and the match / review thresholds.</li>
 * </ul>
 */
package org.marsad.persons.linkage;
