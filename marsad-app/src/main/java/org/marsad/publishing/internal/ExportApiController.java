package org.marsad.publishing.internal;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.marsad.events.EventFilter;
import org.marsad.publishing.EventExports;
import org.marsad.publishing.ExportFormat;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/exports/events/{format}}: events as {@code acled}, {@code hxl},
 * {@code geojson} or {@code json}, with the filters of the events list. Open without an
 * account (publishable events only); HTTP Basic credentials of a reader of the record add
 * internal events.
 */
@RestController
class ExportApiController {

	private final EventExports exports;

	ExportApiController(EventExports exports) {
		this.exports = exports;
	}

	@GetMapping("/api/exports/events/{format}")
	void events(@PathVariable String format, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String placeId, @RequestParam(required = false) String actorId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String voided,
			HttpServletResponse response) throws IOException {
		ExportFormat exportFormat = ExportParameters.format(format);
		EventFilter filter = ExportParameters.filter(type, from, to, placeId, actorId, status, voided);
		response.setContentType(exportFormat.mediaType());
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"marsad-events-" + LocalDate.now() + "." + exportFormat.extension() + "\"");
		this.exports.write(exportFormat, filter, response.getOutputStream());
	}

}
