/**
 * Actors and nationalities: the actor catalogue
 * ({@link org.marsad.text.actors.ActorCatalogue}) and the nationality table
 * ({@link org.marsad.text.actors.Nationalities}), both data files that grow by
 * configuration, with their recognisers.
 */
package org.marsad.text.actors;
