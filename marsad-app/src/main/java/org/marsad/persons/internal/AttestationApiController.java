package org.marsad.persons.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.persons.AttestationCheck;
import org.marsad.persons.IdentityAttestations;
import org.marsad.persons.IssuedAttestation;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Identity attestations over HTTP: issue, read, QR code, verify, public key.
 */
@RestController
@RequestMapping(path = "/api/persons", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Identity attestations", description = "Signed attestations of a person's identity, verifiable offline")
class AttestationApiController {

	private final IdentityAttestations attestations;

	AttestationApiController(IdentityAttestations attestations) {
		this.attestations = attestations;
	}

	@PostMapping("/{id}/identity-attestations")
	@Operation(summary = "Issue a signed identity attestation (coordinators)")
	ResponseEntity<IssuedAttestation> issue(@PathVariable UUID id) {
		IssuedAttestation issued = this.attestations.issue(id);
		return ResponseEntity.created(URI.create("/api/persons/identity-attestations/" + issued.id())).body(issued);
	}

	@GetMapping("/{id}/identity-attestations")
	@Operation(summary = "The attestations issued for a person, latest first")
	List<IssuedAttestation> ofPerson(@PathVariable UUID id) {
		return this.attestations.ofPerson(id);
	}

	@GetMapping("/identity-attestations/{id}")
	@Operation(summary = "An attestation with its signed token")
	IssuedAttestation get(@PathVariable UUID id) {
		return this.attestations.get(id);
	}

	@GetMapping(path = "/identity-attestations/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "The QR code carrying the signed token")
	ResponseEntity<byte[]> qr(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(QrCodes.png(this.attestations.get(id).token()));
	}

	@PostMapping(path = "/identity-attestations/verify",
			consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Verify a token, or a text holding one (the exported file)")
	AttestationCheck verify(@RequestBody String text) {
		return this.attestations.verify(text);
	}

	@GetMapping(path = "/identity-attestations/public-key", produces = "application/x-pem-file")
	@Operation(summary = "The organisation's public key, PEM, for verifying offline")
	String publicKey() {
		return this.attestations.publicKey();
	}

}
