package org.marsad.events;

/**
 * An actor of an event as typed, before it is checked.
 *
 * @param actorId a catalogue id of an actor, e.g. {@code sdf}
 * @param role {@code actor1}, {@code actor2} or {@code associated}
 */
public record ActorInRole(String actorId, String role) {
}
