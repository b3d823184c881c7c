package org.marsad.persons;

import java.time.Instant;
import java.util.UUID;

/**
 * A copy of a document, sent by a relative.
 *
 * @param id the copy
 * @param documentId the document it is a copy of, or {@code null}
 * @param fileName the sanitised file name
 * @param mediaType the media type detected from the content
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content
 * @param providedBy who sent it
 * @param providerRelation their relation to the person
 * @param createdAt when it was stored
 * @param createdBy who stored it
 */
public record DocumentCopy(UUID id, UUID documentId, String fileName, String mediaType, long size, String sha256,
		String providedBy, String providerRelation, Instant createdAt, String createdBy) {
}
