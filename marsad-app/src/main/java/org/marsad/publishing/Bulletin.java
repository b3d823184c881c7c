package org.marsad.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A bulletin: dated, in Arabic and English. Its bodies are text whose figures are
 * placeholders bound to published tally snapshots and events
 * ({@code {{tally:<tally>:<snapshot>}}},
 * {@code {{tally:<tally>:<snapshot>:words:<unit>}}}, {@code {{event:<event>}}}); the
 * rendered paragraphs are the bodies with each placeholder replaced by the data. Once
 * published, the rendered text and what its charts and map show are frozen and signed,
 * and the bulletin never changes.
 *
 * @param id the id
 * @param date the bulletin's date
 * @param titleAr the Arabic title
 * @param titleEn the English title
 * @param bodyAr the Arabic body as composed
 * @param bodyEn the English body as composed
 * @param renderedAr the Arabic paragraphs, figures inserted
 * @param renderedEn the English paragraphs, figures inserted
 * @param version one more at every change of a draft
 * @param published whether it was published
 * @param publishedAt when, or {@code null}
 * @param signature the Ed25519 signature of {@link #signedText()}, Base64, when published
 * @param publicKey the signing public key (X.509, Base64), when published
 * @param illustrations what its charts and map show, frozen at publication; {@code null}
 * for a draft (drawn from the data as it stands) and for a bulletin published before they
 * were frozen
 * @param withdrawal the notice of its withdrawal, {@code null} unless it was withdrawn
 */
public record Bulletin(UUID id, LocalDate date, String titleAr, String titleEn, String bodyAr, String bodyEn,
		List<String> renderedAr, List<String> renderedEn, int version, boolean published, Instant publishedAt,
		String signature, String publicKey, FrozenIllustrations illustrations, Withdrawal withdrawal) {

	/**
	 * Whether it was published and then withdrawn.
	 * @return true when it has a withdrawal notice
	 */
	public boolean withdrawn() {
		return this.withdrawal != null;
	}

	/**
	 * The text that a published bulletin's signature covers: id, date, titles and
	 * rendered paragraphs, one per line, in UTF-8; then, when its illustrations were
	 * frozen ({@code marsad-bulletin-2}), their text
	 * ({@link FrozenIllustrations#signedText()}). Bulletins published before keep the
	 * first form, so that their signatures still hold.
	 * @return the text
	 */
	public String signedText() {
		StringBuilder text = new StringBuilder();
		text.append((this.illustrations != null) ? "marsad-bulletin-2\n" : "marsad-bulletin-1\n")
			.append(this.id)
			.append('\n')
			.append(this.date)
			.append('\n');
		text.append(this.titleAr).append('\n').append(this.titleEn).append('\n');
		this.renderedAr.forEach((p) -> text.append(p.replace('\n', ' ')).append('\n'));
		text.append("--\n");
		this.renderedEn.forEach((p) -> text.append(p.replace('\n', ' ')).append('\n'));
		if (this.illustrations != null) {
			text.append("--\n").append(this.illustrations.signedText());
		}
		return text.toString();
	}

}
