package org.marsad.persons.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.marsad.persons.AttestationCheck;
import org.marsad.persons.IdentityAttestations;
import org.marsad.persons.IssuedAttestation;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonRoles;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Identity attestation pages: issuing one, the printable attestation with its QR code,
 * the signed file to hand over, the public key, and the verify page (paste the token or
 * upload the file).
 */
@Controller
class AttestationPages {

	/** The largest file the verify page reads. */
	static final int MAX_VERIFY = 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final IdentityAttestations attestations;

	AttestationPages(IdentityAttestations attestations) {
		this.attestations = attestations;
	}

	@PostMapping("/persons/{id}/identity-attestations")
	@PreAuthorize(PersonRoles.DECIDES)
	String issue(@PathVariable UUID id) {
		return "redirect:/persons/attestations/" + this.attestations.issue(id).id();
	}

	@GetMapping("/persons/attestations/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("attestation", this.attestations.get(id));
		return "persons/attestation";
	}

	@GetMapping(path = "/persons/attestations/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(QrCodes.png(this.attestations.get(id).token()));
	}

	@GetMapping(path = "/persons/attestations/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		IssuedAttestation attestation = this.attestations.get(id);
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("format", "marsad-identity-attestation");
		file.put("token", attestation.token());
		file.put("payload", attestation.payload());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("attestation-" + id + ".json").build().toString())
			.body(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
	}

	@GetMapping(path = "/persons/attestations/public-key", produces = "application/x-pem-file")
	ResponseEntity<String> publicKey() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("marsad-attestation-public.pem").build().toString())
			.body(this.attestations.publicKey());
	}

	@GetMapping("/persons/verify")
	String verifyForm(Model model) {
		model.addAttribute("check", null);
		model.addAttribute("text", "");
		return "persons/verify";
	}

	@PostMapping("/persons/verify")
	String verify(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		String given = (text != null) ? text : "";
		if (file != null && !file.isEmpty() && file.getSize() <= MAX_VERIFY) {
			given = new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		AttestationCheck check = this.attestations.verify(given);
		model.addAttribute("check", check);
		model.addAttribute("text", (text != null) ? text : "");
		return "persons/verify";
	}

	@ExceptionHandler(PersonNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "persons/not-found";
	}

}
