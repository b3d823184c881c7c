package org.marsad.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.marsad.intake.Attachment;
import org.marsad.intake.Report;
import org.marsad.intake.Source;

/**
 * The content of intake records as the audit log digests it. A source's contact details
 * enter only in their sealed form.
 */
final class AuditContent {

	private AuditContent() {
	}

	/**
	 * A source as stored.
	 * @param source the source, its contact in the sealed form
	 * @return the content
	 */
	static Map<String, Object> source(Source source) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("id", source.id());
		content.put("pseudonym", source.pseudonym());
		content.put("kind", source.kind().code());
		content.put("reliability", source.reliability().name());
		content.put("contact", source.contact());
		content.put("notes", source.notes());
		content.put("createdAt", source.createdAt());
		return content;
	}

	/**
	 * A report at the version it shows.
	 * @param report the report
	 * @return the content
	 */
	static Map<String, Object> report(Report report) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("id", report.id());
		content.put("version", report.version());
		content.put("title", report.title());
		content.put("text", report.text());
		content.put("language", report.language());
		content.put("channel", report.channel().code());
		content.put("receivedAt", report.receivedAt());
		content.put("publishedAt", report.publishedAt());
		content.put("sourceId", report.sourceId());
		content.put("credibility", report.credibility());
		content.put("status", report.status().code());
		return content;
	}

	/**
	 * An attachment row.
	 * @param id its id
	 * @param reportId its report
	 * @param attachment the stored file
	 * @return the content
	 */
	static Map<String, Object> attachment(UUID id, UUID reportId, Attachment attachment) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("id", id);
		content.put("reportId", reportId);
		content.put("sha256", attachment.sha256());
		content.put("fileName", attachment.fileName());
		content.put("mediaType", attachment.mediaType());
		content.put("size", attachment.size());
		return content;
	}

}
