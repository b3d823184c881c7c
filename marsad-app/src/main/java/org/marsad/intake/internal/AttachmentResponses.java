package org.marsad.intake.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.marsad.intake.Reports.StoredFile;
import org.marsad.intake.UnknownRecord;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds the response for a stored file.
 * <ul>
 * <li>the type is the one detected on upload, and {@code X-Content-Type-Options:
 * nosniff} stops browsers from guessing another</li>
 * <li>the name in {@code Content-Disposition} is the sanitised one (RFC 6266, with
 * {@code filename*} for non-ASCII names)</li>
 * <li>contents never change, so they may be cached privately</li>
 * </ul>
 */
final class AttachmentResponses {

	private AttachmentResponses() {
	}

	static ResponseEntity<Resource> of(StoredFile file, boolean inline) {
		if (!Files.isRegularFile(file.path())) {
			throw new UnknownRecord("attachment");
		}
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.attachment().fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().mediaType()))
			.contentLength(file.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
			.eTag("\"" + file.attachment().sha256() + "\"")
			.body(new FileSystemResource(file.path()));
	}

}
