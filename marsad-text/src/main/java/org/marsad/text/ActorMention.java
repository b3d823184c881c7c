package org.marsad.text;

/**
 * An actor named in a text.
 *
 * @param start start of the span
 * @param end exclusive end of the span
 * @param text the original slice
 * @param actorId catalogue id, e.g. {@code sdf}
 */
public record ActorMention(int start, int end, String text, String actorId) {
}
