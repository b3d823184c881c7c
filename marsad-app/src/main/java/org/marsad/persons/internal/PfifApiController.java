package org.marsad.persons.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.persons.PfifExchange;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PFIF 1.4 over HTTP: export the persons the caller may see, import a document all or
 * nothing.
 */
@RestController
@RequestMapping("/api/persons/pfif")
@Tag(name = "PFIF", description = "People Finder Interchange Format 1.4 export and import")
class PfifApiController {

	private final PfifExchange pfif;

	PfifApiController(PfifExchange pfif) {
		this.pfif = pfif;
	}

	@GetMapping(produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "Export persons and their status notes as PFIF 1.4 (no protected fields)")
	ResponseEntity<byte[]> export() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("marsad-persons.pfif.xml").build().toString())
			.body(this.pfif.export());
	}

	@PostMapping(consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import a PFIF 1.4 document: validated in full, stored all or nothing")
	PfifExchange.Imported importDocument(@RequestBody byte[] document) {
		return this.pfif.importDocument(document);
	}

}
