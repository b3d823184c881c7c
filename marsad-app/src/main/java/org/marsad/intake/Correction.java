package org.marsad.intake;

/**
 * A corrected text for a report, stored as a new version beside the old ones.
 *
 * @param text the corrected text (required)
 * @param title the title; the previous title is kept when empty
 * @param language {@code ar}, {@code en} or {@code other}; detected when empty
 */
public record Correction(String text, String title, String language) {
}
