package org.marsad.persons.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;
import org.marsad.persons.Household;
import org.marsad.persons.IdentityEvidence;
import org.marsad.persons.NewAttestation;
import org.marsad.persons.NewCopy;
import org.marsad.persons.NewDocument;
import org.marsad.persons.NewHousehold;
import org.marsad.persons.NewStatus;
import org.marsad.persons.Person;
import org.marsad.persons.PersonChange;
import org.marsad.persons.PersonEdit;
import org.marsad.persons.PersonFields;
import org.marsad.persons.PersonFilter;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.PersonSummary;
import org.marsad.persons.Persons;
import org.marsad.persons.Voiding;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Persons over HTTP: register persons and households, list, read, change, void, add
 * status entries, identity documents, copies and attestations, read the history.
 */
@RestController
@RequestMapping(path = "/api/persons", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Persons", description = "Persons, households, status timelines and identity evidence")
class PersonApiController {

	private final Persons persons;

	private final IdentityEvidence evidence;

	PersonApiController(Persons persons, IdentityEvidence evidence) {
		this.persons = persons;
		this.evidence = evidence;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register a person")
	ResponseEntity<Person> create(@RequestBody PersonFields person) {
		Person created = this.persons.create(person);
		return ResponseEntity.created(URI.create("/api/persons/" + created.id())).body(created);
	}

	@PostMapping(path = "/households", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register a household and its members at once")
	ResponseEntity<Household> register(@RequestBody NewHousehold household) {
		Household created = this.persons.register(household);
		return ResponseEntity.created(URI.create("/api/persons/households/" + created.id())).body(created);
	}

	@GetMapping("/households/{id}")
	@Operation(summary = "A household and the members the caller may see")
	Household household(@PathVariable UUID id) {
		return this.persons.household(id);
	}

	@GetMapping
	@Operation(summary = "List persons, latest change first")
	PageOf<PersonSummary> list(@RequestParam(required = false) String name,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean voided,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw PersonRefused.of("page", "persons.error.value");
		}
		if (size < 1 || size > PageRequest.MAX_SIZE) {
			throw PersonRefused.of("size", "persons.error.value");
		}
		return this.persons.list(new PersonFilter(name, status, voided), new PageRequest(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A person with timeline, sources, evidence (numbers masked) and assessment")
	Person get(@PathVariable UUID id) {
		return this.persons.get(id);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a person; 409 when it changed since the version sent")
	Person update(@PathVariable UUID id, @RequestBody PersonEdit edit) {
		return this.persons.update(id, edit);
	}

	@PostMapping(path = "/{id}/void", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Void a person with a reason; it stays in the record")
	Person voidPerson(@PathVariable UUID id, @RequestBody Voiding voiding) {
		return this.persons.voidPerson(id, voiding);
	}

	@PostMapping(path = "/{id}/statuses", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a dated entry to the status timeline")
	Person addStatus(@PathVariable UUID id, @RequestBody NewStatus status) {
		return this.persons.addStatus(id, status);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change to the person, oldest first")
	List<PersonChange> history(@PathVariable UUID id) {
		return this.persons.history(id);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record an identity document; the number is sealed and shown masked")
	Person addDocument(@PathVariable UUID id, @RequestBody NewDocument document) {
		return this.evidence.addDocument(id, document);
	}

	@PostMapping(path = "/{id}/copies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Store a copy of a document sent by a relative (image or PDF)")
	Person addCopy(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String providedBy, @RequestParam(required = false) String providerRelation,
			@RequestParam(required = false) UUID documentId) throws IOException {
		if (file.getSize() > CopyFiles.MAX_SIZE) {
			throw PersonRefused.of("file", "persons.error.fileTooLarge");
		}
		return this.evidence.addCopy(id,
				new NewCopy(documentId, file.getOriginalFilename(), providedBy, providerRelation, file.getBytes()));
	}

	@GetMapping(path = "/{id}/copies/{copyId}", produces = MediaType.ALL_VALUE)
	@Operation(summary = "Download a copy (staff only)")
	ResponseEntity<byte[]> copy(@PathVariable UUID id, @PathVariable UUID copyId) {
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

	@PostMapping(path = "/{id}/attestations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record who vouches for the person's identity")
	Person addAttestation(@PathVariable UUID id, @RequestBody NewAttestation attestation) {
		return this.evidence.addAttestation(id, attestation);
	}

}
