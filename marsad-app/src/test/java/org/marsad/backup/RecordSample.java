package org.marsad.backup;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.marsad.intake.NewReport;
import org.marsad.intake.NewSource;
import org.marsad.intake.Report;
import org.marsad.intake.Reports;
import org.marsad.intake.Source;
import org.marsad.intake.Sources;
import org.marsad.intake.Upload;
import org.marsad.web.TestAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small record touching every kind of column the schema has: sources with contacts,
 * reports with files and corrections, places with coordinates, an event with a parent,
 * figures with decimals, dates and a part-of link.
 */
final class RecordSample {

	private RecordSample() {
	}

	static Report write(Sources sources, Reports reports, JdbcClient jdbc, String tag) {
		Report[] report = new Report[1];
		TestAccounts.asAdmin(() -> {
			Source source = sources
				.create(new NewSource("أبو فراس " + tag, "medical", "B", "واتساب +963 944 123 456 " + tag, "ممرض"));
			sources.grade(source.id(), "A");
			report[0] = reports.create(
					new NewReport("خروج ٣٦٢٥٠ شخصاً من الباغوز منذ الأول من كانون الأول " + tag, "خروج " + tag, null,
							"message", "2019-01-31T10:15:00Z", "2019-01-31", source.id().toString(), "2"),
					List.of(new Upload("صورة " + tag + ".png", () -> new ByteArrayInputStream(png(tag))),
							new Upload("تسجيل.ogg",
									() -> new ByteArrayInputStream(("OggS" + tag).getBytes(StandardCharsets.UTF_8)))));
			reports.correct(report[0].id(), new org.marsad.intake.Correction("خروج ٣٦٢٥١ شخصاً " + tag, null, null));
		});
		String place = "T" + UUID.randomUUID().toString().substring(0, 12);
		jdbc.sql("INSERT INTO place (id, name_ar, name_en, kind, lat, lon, origin, version, updated_at, updated_by) "
				+ "VALUES (:id, 'الباغوز', 'Baghuz', 'town', 34.4567891, 40.9876543, 'test', 1, CURRENT_TIMESTAMP, 'admin')")
			.param("id", place)
			.update();
		UUID parent = event(jdbc, place, null, report[0].id());
		UUID child = event(jdbc, place, parent, report[0].id());
		UUID whole = figure(jdbc, child, null);
		figure(jdbc, child, whole);
		return report[0];
	}

	private static UUID event(JdbcClient jdbc, String place, UUID parent, UUID report) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO event (id, type, date_from, date_to, date_precision, place_id, geo_precision, "
				+ "description_ar, status, confidentiality, parent_id, version, voided, created_at, created_by, "
				+ "updated_at, updated_by) VALUES (:id, 'displacement', :from, :to, 'month', :place, 1, 'خروج', "
				+ "'single_source', 'internal', :parent, 1, FALSE, CURRENT_TIMESTAMP, 'admin', CURRENT_TIMESTAMP, 'admin')")
			.param("id", id)
			.param("from", LocalDate.of(2018, 12, 1))
			.param("to", LocalDate.of(2019, 1, 31))
			.param("place", place)
			.param("parent", parent)
			.update();
		jdbc.sql("INSERT INTO event_report (event_id, report_id, report_version, span_start, span_end, linked_at, "
				+ "linked_by) VALUES (:event, :report, 1, 0, 12, CURRENT_TIMESTAMP, 'admin')")
			.param("event", id)
			.param("report", report)
			.update();
		return id;
	}

	private static UUID figure(JdbcClient jdbc, UUID event, UUID partOf) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO figure (id, event_id, unit, category, nationality, period_from, period_to, cumulative, "
				+ "part_of, value_rule, qualifier, low, best, high, version, voided, created_at, created_by, "
				+ "updated_at, updated_by) VALUES (:id, :event, 'person', 'exited', 'IQ', :from, :to, TRUE, :partOf, "
				+ "'best_graded', 'more_than', 36000.5, 36250.25, NULL, 1, FALSE, CURRENT_TIMESTAMP, 'admin', "
				+ "CURRENT_TIMESTAMP, 'admin')")
			.param("id", id)
			.param("event", event)
			.param("from", LocalDate.of(2018, 12, 1))
			.param("to", LocalDate.of(2019, 1, 31))
			.param("partOf", partOf)
			.update();
		return id;
	}

	static byte[] png(String tag) {
		byte[] head = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] body = tag.getBytes(StandardCharsets.UTF_8);
		byte[] png = new byte[head.length + body.length];
		System.arraycopy(head, 0, png, 0, head.length);
		System.arraycopy(body, 0, png, head.length, body.length);
		return png;
	}

}
