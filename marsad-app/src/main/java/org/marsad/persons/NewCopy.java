package org.marsad.persons;

import java.util.UUID;

/**
 * A copy of a document to store.
 *
 * @param documentId the recorded document it is a copy of, or {@code null}
 * @param fileName the name it came with; shown sanitised, never used as a path
 * @param providedBy who sent it (required), e.g. the person's brother
 * @param providerRelation their relation to the person
 * @param content the content
 */
public record NewCopy(UUID documentId, String fileName, String providedBy, String providerRelation, byte[] content) {

	@Override
	public String toString() {
		return "NewCopy[documentId=" + this.documentId + ", size=" + ((this.content != null) ? this.content.length : 0)
				+ "]";
	}

}
