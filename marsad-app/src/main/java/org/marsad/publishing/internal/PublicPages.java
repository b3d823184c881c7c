package org.marsad.publishing.internal;

import java.util.UUID;

import org.marsad.tallies.Snapshot;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The published pages, open without login: an index, the published tallies and their
 * snapshots, and the map. They show what was published and link nowhere internal; whoever
 * is logged in sees the same as the public.
 */
@Controller
class PublicPages {

	private final PublishedTallies tallies;

	PublicPages(PublishedTallies tallies) {
		this.tallies = tallies;
	}

	@GetMapping("/public")
	String index(Model model) {
		model.addAttribute("tallies", this.tallies.list());
		return "publishing/index";
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
