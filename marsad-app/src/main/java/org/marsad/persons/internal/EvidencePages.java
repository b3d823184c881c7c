package org.marsad.persons.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.persons.IdentityEvidence;
import org.marsad.persons.NewAttestation;
import org.marsad.persons.NewCopy;
import org.marsad.persons.NewDocument;
import org.marsad.persons.NewStatus;
import org.marsad.persons.Person;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.Persons;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The forms of the person page: a status entry, an identity document, a copy sent by a
 * relative, an attestation. A refusal shows the page again with the errors under the form
 * that was refused.
 */
@Controller
class EvidencePages {

	private final Persons persons;

	private final IdentityEvidence evidence;

	private final PersonSheet sheet;

	EvidencePages(Persons persons, IdentityEvidence evidence, PersonSheet sheet) {
		this.persons = persons;
		this.evidence = evidence;
		this.sheet = sheet;
	}

	@PostMapping("/persons/{id}/statuses")
	String status(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String on, @RequestParam(required = false) String eventId,
			@RequestParam(required = false) String actorId, @RequestParam(required = false) String placeId,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response) {
		return attempt(id, "status", model, response, () -> {
			Problems problems = new Problems();
			NewStatus entry = new NewStatus(status, FormValues.date(on, "on", problems),
					FormValues.uuid(eventId, "eventId", problems), actorId, placeId, note);
			problems.throwIfAny();
			return this.persons.addStatus(id, entry);
		});
	}

	@PostMapping("/persons/{id}/documents")
	String document(@PathVariable UUID id, @RequestParam(required = false) String type,
			@RequestParam(required = false) String issuingCountry, @RequestParam(required = false) String number,
			@RequestParam(required = false) String state, @RequestParam(required = false) String note, Model model,
			HttpServletResponse response) {
		return attempt(id, "document", model, response,
				() -> this.evidence.addDocument(id, new NewDocument(type, issuingCountry, number, state, note)));
	}

	@PostMapping("/persons/{id}/copies")
	String copy(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String providedBy, @RequestParam(required = false) String providerRelation,
			Model model, HttpServletResponse response) {
		return attempt(id, "copy", model, response, () -> {
			if (file != null && file.getSize() > CopyFiles.MAX_SIZE) {
				throw PersonRefused.of("file", "persons.error.fileTooLarge");
			}
			return this.evidence.addCopy(id, new NewCopy(null, (file != null) ? file.getOriginalFilename() : null,
					providedBy, providerRelation, bytes(file)));
		});
	}

	@PostMapping("/persons/{id}/attestations")
	String attestation(@PathVariable UUID id, @RequestParam(required = false) String voucherPersonId,
			@RequestParam(required = false) String voucherName, @RequestParam(required = false) String relation,
			@RequestParam(required = false) String statement, @RequestParam(required = false) String attestedOn,
			Model model, HttpServletResponse response) {
		return attempt(id, "attestation", model, response, () -> {
			Problems problems = new Problems();
			NewAttestation attestation = new NewAttestation(
					FormValues.uuid(voucherPersonId, "voucherPersonId", problems), null, voucherName, relation,
					statement, FormValues.date(attestedOn, "attestedOn", problems));
			problems.throwIfAny();
			return this.evidence.addAttestation(id, attestation);
		});
	}

	@GetMapping("/persons/{id}/copies/{copyId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID copyId) {
		IdentityEvidence.CopyContent copy = this.evidence.copy(id, copyId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(copy.copy().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(copy.copy().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(copy.content());
	}

	@ExceptionHandler(PersonNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "persons/not-found";
	}

	private String attempt(UUID id, String form, Model model, HttpServletResponse response, Supplier<Person> work) {
		try {
			return PersonPages.redirectTo(work.get()) + "#" + form;
		}
		catch (PersonRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = FormValues.errors(refused);
			return this.sheet.page(model, this.persons.get(id), errors, form);
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return (file != null) ? file.getBytes() : null;
		}
		catch (IOException ex) {
			throw PersonRefused.of("file", "persons.error.emptyFile");
		}
	}

}
