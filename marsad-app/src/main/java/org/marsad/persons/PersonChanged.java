package org.marsad.persons;

import java.util.UUID;

/**
 * A person was registered, changed, voided, merged or unmerged, or its timeline or
 * evidence grew; published in the transaction that made the change.
 *
 * @param personId the person
 * @param action what was done, e.g. {@code created}
 */
public record PersonChanged(UUID personId, String action) {
}
