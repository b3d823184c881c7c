package org.marsad.extraction.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.extraction.Draft;
import org.marsad.extraction.Drafts;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Extraction drafts over HTTP, as the JSON of the extraction contract.
 * <ul>
 * <li>{@code Marsad-Report-Version}: the version of the report's text that the spans
 * point into</li>
 * <li>{@code Marsad-Published-Basis}: where the date relative dates resolved against came
 * from ({@code published}, {@code received}, {@code given}, {@code today})</li>
 * <li>{@code Server-Timing}: {@code draft} (reading the report and extracting) and
 * {@code json} (writing the contract), in milliseconds</li>
 * </ul>
 */
@RestController
@Tag(name = "Drafts", description = "What the text engine proposes for a report, with the database's catalogue")
class DraftApiController {

	static final String REPORT_VERSION = "Marsad-Report-Version";

	static final String PUBLISHED_BASIS = "Marsad-Published-Basis";

	private final Drafts drafts;

	DraftApiController(Drafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping(path = "/api/reports/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The extraction draft of a report at its latest version: numbers, dates, places, actors, "
			+ "figures and events with spans (docs/EXTRACTION.md)")
	ResponseEntity<String> report(@PathVariable UUID id) {
		return respond(() -> this.drafts.draft(id));
	}

	@PostMapping(path = "/api/drafts", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The extraction draft of a text that is not saved")
	ResponseEntity<String> text(@RequestBody DraftRequest request) {
		return respond(() -> this.drafts.draft(request.text(), request.published()));
	}

	private static ResponseEntity<String> respond(Supplier<Draft> drafting) {
		long started = System.nanoTime();
		Draft draft = drafting.get();
		long drafted = System.nanoTime();
		String json = draft.json();
		long written = System.nanoTime();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header("Server-Timing", timing("draft", drafted - started) + ", " + timing("json", written - drafted))
			.header(PUBLISHED_BASIS, draft.basis().name().toLowerCase(Locale.ROOT));
		if (draft.reportVersion() != null) {
			response.header(REPORT_VERSION, draft.reportVersion().toString());
		}
		return response.body(json);
	}

	private static String timing(String name, long nanos) {
		return String.format(Locale.ROOT, "%s;dur=%.3f", name, nanos / 1_000_000.0);
	}

}
