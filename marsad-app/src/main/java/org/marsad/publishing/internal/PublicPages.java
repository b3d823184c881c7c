package org.marsad.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.marsad.publishing.Bulletin;
import org.marsad.tallies.Snapshot;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The published pages, open without login: an index, the published tallies and their
 * snapshots, and the map. They show what was published and link nowhere internal; whoever
 * is logged in sees the same as the public. A withdrawn bulletin shows its signed notice
 * instead of its text, charts and map; its PDF answers 410 and its signature address the
 * notice's signature.
 */
@Controller
class PublicPages {

	/** What the address of a withdrawn bulletin's PDF answers, with 410. */
	static final String WITHDRAWN = "سُحبت هذه النشرة. This bulletin was withdrawn.\n";

	private final PublishedTallies tallies;

	private final BulletinRepository bulletins;

	private final BulletinIllustrations illustrations;

	PublicPages(PublishedTallies tallies, BulletinRepository bulletins, BulletinIllustrations illustrations) {
		this.tallies = tallies;
		this.bulletins = bulletins;
		this.illustrations = illustrations;
	}

	@GetMapping("/public")
	String index(Model model) {
		model.addAttribute("tallies", this.tallies.list());
		model.addAttribute("bulletins", this.bulletins.published());
		return "publishing/index";
	}

	@GetMapping("/public/bulletins/{id}")
	String bulletin(@PathVariable UUID id, Model model, Locale locale) {
		Bulletin bulletin = published(id);
		if (bulletin.withdrawn()) {
			model.addAttribute("bulletin", bulletin);
			model.addAttribute("arabicDate", BulletinFigures.localDigits(bulletin.date().toString(), "ar"));
			return "publishing/withdrawn";
		}
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("illustrations", this.illustrations.of(bulletin, "ar".equals(locale.getLanguage())));
		model.addAttribute("arabicDate", BulletinFigures.localDigits(bulletin.date().toString(), "ar"));
		return "publishing/bulletin";
	}

	@GetMapping(path = "/public/bulletins/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> bulletinPdf(@PathVariable UUID id) {
		Bulletin bulletin = published(id);
		if (bulletin.withdrawn()) {
			return ResponseEntity.status(HttpStatus.GONE)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(WITHDRAWN.getBytes(StandardCharsets.UTF_8));
		}
		byte[] pdf = BulletinPdf.render(bulletin, this.illustrations.of(bulletin, true),
				"Ed25519 " + bulletin.signature());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"marsad-bulletin-" + bulletin.date() + ".pdf\"")
			.body(pdf);
	}

	/** The signature and the text it covers, so that anyone can check it. */
	@GetMapping(path = "/public/bulletins/{id}/signature", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> bulletinSignature(@PathVariable UUID id) {
		Bulletin bulletin = published(id);
		return bulletin.withdrawn() ? BulletinSigner.checkWithdrawal(bulletin) : BulletinSigner.check(bulletin);
	}

	private Bulletin published(UUID id) {
		return this.bulletins.find(id).filter(Bulletin::published).orElseThrow(NotPublished::new);
	}

	@GetMapping("/public/tallies/{tallyId}")
	String tally(@PathVariable UUID tallyId, Model model) {
		var snapshots = this.tallies.snapshots(tallyId);
		Snapshot latest = this.tallies.snapshot(tallyId, snapshots.get(0).id());
		return snapshot(latest, snapshots, model);
	}

	@GetMapping("/public/tallies/{tallyId}/snapshots/{snapshotId}")
	String snapshot(@PathVariable UUID tallyId, @PathVariable UUID snapshotId, Model model) {
		return snapshot(this.tallies.snapshot(tallyId, snapshotId), this.tallies.snapshots(tallyId), model);
	}

	@GetMapping("/public/map")
	String map() {
		return "publishing/map";
	}

	private static String snapshot(Snapshot snapshot, java.util.List<?> snapshots, Model model) {
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("tally", snapshot.definition());
		model.addAttribute("result", snapshot.result());
		model.addAttribute("snapshots", snapshots);
		return "publishing/snapshot";
	}

	@ExceptionHandler(NotPublished.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notPublished() {
		return "publishing/not-found";
	}

}
