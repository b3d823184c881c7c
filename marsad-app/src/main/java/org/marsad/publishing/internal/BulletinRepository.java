package org.marsad.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.publishing.Bulletin;
import org.marsad.publishing.FrozenIllustrations;
import org.marsad.publishing.Withdrawal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores bulletins. Rendered paragraphs are kept as one text separated by blank lines (a
 * rendered paragraph holds none); a published bulletin's frozen illustrations as JSON. A
 * published row is never updated (every update is guarded by {@code published = FALSE})
 * but to add its withdrawal notice, once ({@code withdrawn = FALSE}).
 */
class BulletinRepository {

	static final String PARAGRAPHS = "\n\n";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BulletinRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Bulletin bulletin, Instant at, String by) {
		this.jdbc
			.sql("INSERT INTO bulletin (id, bulletin_date, title_ar, title_en, body_ar, body_en, version, "
					+ "rendered_ar, rendered_en, created_at, created_by, updated_at, updated_by) VALUES (:id, :date, "
					+ ":titleAr, :titleEn, :bodyAr, :bodyEn, :version, :renderedAr, :renderedEn, :at, :by, :at, :by)")
			.param("id", bulletin.id())
			.param("date", bulletin.date())
			.param("titleAr", bulletin.titleAr())
			.param("titleEn", bulletin.titleEn())
			.param("bodyAr", bulletin.bodyAr())
			.param("bodyEn", bulletin.bodyEn())
			.param("version", bulletin.version())
			.param("renderedAr", String.join(PARAGRAPHS, bulletin.renderedAr()))
			.param("renderedEn", String.join(PARAGRAPHS, bulletin.renderedEn()))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	/**
	 * Changes a draft seen at a version; {@code false} when it is published or moved on.
	 */
	boolean revise(Bulletin bulletin, int seen, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE bulletin SET bulletin_date = :date, title_ar = :titleAr, title_en = :titleEn, "
					+ "body_ar = :bodyAr, body_en = :bodyEn, version = :version, rendered_ar = :renderedAr, "
					+ "rendered_en = :renderedEn, updated_at = :at, updated_by = :by "
					+ "WHERE id = :id AND version = :seen AND published = FALSE")
			.param("id", bulletin.id())
			.param("date", bulletin.date())
			.param("titleAr", bulletin.titleAr())
			.param("titleEn", bulletin.titleEn())
			.param("bodyAr", bulletin.bodyAr())
			.param("bodyEn", bulletin.bodyEn())
			.param("version", bulletin.version())
			.param("renderedAr", String.join(PARAGRAPHS, bulletin.renderedAr()))
			.param("renderedEn", String.join(PARAGRAPHS, bulletin.renderedEn()))
			.param("seen", seen)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update() == 1;
	}

	/** Freezes a draft as published; {@code false} when it was published already. */
	boolean publish(Bulletin bulletin, String by) {
		return this.jdbc
			.sql("UPDATE bulletin SET published = TRUE, rendered_ar = :renderedAr, "
					+ "rendered_en = :renderedEn, signature = :signature, public_key = :publicKey, published_at = :at, "
					+ "published_by = :by, illustrations = :illustrations "
					+ "WHERE id = :id AND version = :version AND published = FALSE")
			.param("id", bulletin.id())
			.param("version", bulletin.version())
			.param("renderedAr", String.join(PARAGRAPHS, bulletin.renderedAr()))
			.param("renderedEn", String.join(PARAGRAPHS, bulletin.renderedEn()))
			.param("signature", bulletin.signature())
			.param("publicKey", bulletin.publicKey())
			.param("illustrations", this.json.writeValueAsString(bulletin.illustrations()))
			.param("at", OffsetDateTime.ofInstant(bulletin.publishedAt(), ZoneOffset.UTC))
			.param("by", by)
			.update() == 1;
	}

	/**
	 * Adds the withdrawal notice to a published bulletin; {@code false} when it is not
	 * published or was withdrawn already. Nothing else of the row changes.
	 */
	boolean withdraw(Bulletin bulletin, String by) {
		Withdrawal withdrawal = bulletin.withdrawal();
		return this.jdbc
			.sql("UPDATE bulletin SET withdrawn = TRUE, withdrawn_at = :at, withdrawn_by = :by, "
					+ "withdrawal_reason_ar = :reasonAr, withdrawal_reason_en = :reasonEn, "
					+ "withdrawal_signature = :signature WHERE id = :id AND published = TRUE AND withdrawn = FALSE")
			.param("id", bulletin.id())
			.param("at", OffsetDateTime.ofInstant(withdrawal.at(), ZoneOffset.UTC))
			.param("by", by)
			.param("reasonAr", withdrawal.reasonAr())
			.param("reasonEn", withdrawal.reasonEn())
			.param("signature", withdrawal.signature())
			.update() == 1;
	}

	Optional<Bulletin> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM bulletin WHERE id = :id").param("id", id).query(this::row).optional();
	}

	List<Bulletin> all() {
		return this.jdbc.sql("SELECT * FROM bulletin ORDER BY bulletin_date DESC, created_at DESC")
			.query(this::row)
			.list();
	}

	List<Bulletin> published() {
		return this.jdbc
			.sql("SELECT * FROM bulletin WHERE published = TRUE ORDER BY bulletin_date DESC, published_at DESC")
			.query(this::row)
			.list();
	}

	private Bulletin row(ResultSet rs, int row) throws SQLException {
		OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
		String illustrations = rs.getString("illustrations");
		return new Bulletin(rs.getObject("id", UUID.class), rs.getObject("bulletin_date", LocalDate.class),
				rs.getString("title_ar"), rs.getString("title_en"), rs.getString("body_ar"), rs.getString("body_en"),
				paragraphs(rs.getString("rendered_ar")), paragraphs(rs.getString("rendered_en")), rs.getInt("version"),
				rs.getBoolean("published"), (publishedAt != null) ? publishedAt.toInstant() : null,
				rs.getString("signature"), rs.getString("public_key"),
				(illustrations != null) ? this.json.readValue(illustrations, FrozenIllustrations.class) : null,
				withdrawal(rs));
	}

	private static Withdrawal withdrawal(ResultSet rs) throws SQLException {
		if (!rs.getBoolean("withdrawn")) {
			return null;
		}
		return new Withdrawal(rs.getObject("withdrawn_at", OffsetDateTime.class).toInstant(),
				rs.getString("withdrawal_reason_ar"), rs.getString("withdrawal_reason_en"),
				rs.getString("withdrawal_signature"));
	}

	private static List<String> paragraphs(String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split(PARAGRAPHS));
	}

}
