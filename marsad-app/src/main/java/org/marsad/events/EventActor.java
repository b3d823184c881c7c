package org.marsad.events;

/**
 * An actor of an event in its role.
 *
 * @param actorId the catalogue id of the actor, e.g. {@code sdf}
 * @param role its role
 */
public record EventActor(String actorId, ActorRole role) {
}
