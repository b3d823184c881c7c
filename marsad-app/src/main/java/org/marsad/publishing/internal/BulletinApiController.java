package org.marsad.publishing.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.publishing.Bulletin;
import org.marsad.publishing.BulletinDraft;
import org.marsad.publishing.BulletinWithdrawal;
import org.marsad.publishing.Bulletins;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/bulletins}: compose, revise, publish and withdraw (coordinators), read
 * (readers of the record), the PDF, and the signature of a published bulletin with the
 * text it covers.
 */
@RestController
class BulletinApiController {

	private final Bulletins bulletins;

	private final BulletinIllustrations illustrations;

	BulletinApiController(Bulletins bulletins, BulletinIllustrations illustrations) {
		this.bulletins = bulletins;
		this.illustrations = illustrations;
	}

	@PostMapping("/api/bulletins")
	ResponseEntity<Bulletin> compose(@RequestBody BulletinDraft draft) {
		Bulletin bulletin = this.bulletins.compose(draft);
		return ResponseEntity.created(URI.create("/api/bulletins/" + bulletin.id())).body(bulletin);
	}

	@PutMapping("/api/bulletins/{id}")
	Bulletin revise(@PathVariable UUID id, @RequestBody BulletinDraft draft) {
		return this.bulletins.revise(id, draft);
	}

	@PostMapping("/api/bulletins/{id}/publish")
	Bulletin publish(@PathVariable UUID id) {
		return this.bulletins.publish(id);
	}

	@PostMapping("/api/bulletins/{id}/withdraw")
	Bulletin withdraw(@PathVariable UUID id, @RequestBody BulletinWithdrawal withdrawal) {
		return this.bulletins.withdraw(id, withdrawal);
	}

	@GetMapping("/api/bulletins")
	List<Bulletin> list() {
		return this.bulletins.list();
	}

	@GetMapping("/api/bulletins/{id}")
	Bulletin get(@PathVariable UUID id) {
		return this.bulletins.get(id);
	}

	@GetMapping(path = "/api/bulletins/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	byte[] pdf(@PathVariable UUID id) {
		Bulletin bulletin = this.bulletins.get(id);
		return BulletinPdf.render(bulletin, this.illustrations.of(bulletin, true), null);
	}

	@GetMapping("/api/bulletins/{id}/signature")
	Map<String, Object> signature(@PathVariable UUID id) {
		Bulletin bulletin = this.bulletins.get(id);
		if (!bulletin.published()) {
			throw new NotPublished();
		}
		return BulletinSigner.check(bulletin);
	}

}
