package org.marsad.intake;

import java.time.Instant;
import java.util.UUID;

import org.marsad.text.vocabulary.SourceReliability;

/**
 * A source as a reader may see it.
 *
 * @param id the id
 * @param pseudonym the name shown everywhere instead of the person's identity
 * @param kind what kind of source it is
 * @param reliability the reliability grade A–F
 * @param contact the protected contact details; {@code null} for readers who may not see
 * them
 * @param notes notes on the source
 * @param createdAt when it was recorded
 */
public record Source(UUID id, String pseudonym, SourceKind kind, SourceReliability reliability, String contact,
		String notes, Instant createdAt) {

	/**
	 * Names the source by id and pseudonym and says whether contact details are present,
	 * never what they are: records end up in logs (Spring MVC traces the arguments and
	 * bodies it handles).
	 */
	@Override
	public String toString() {
		return "Source[id=" + this.id + ", pseudonym=" + this.pseudonym + ", contact="
				+ ((this.contact != null) ? "[protected]" : "null") + "]";
	}

}
