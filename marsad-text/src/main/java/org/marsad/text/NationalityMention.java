package org.marsad.text;

/**
 * A nationality adjective or demonym in a text («العراقية», «عراقيين», "Iraqi").
 *
 * @param start start of the span
 * @param end exclusive end of the span
 * @param text the original slice
 * @param country ISO 3166-1 alpha-2 code
 */
public record NationalityMention(int start, int end, String text, String country) {
}
