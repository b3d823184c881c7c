package org.marsad.publishing;

import java.time.Instant;

/**
 * The withdrawal of a published bulletin: a dated notice with the reasons, signed with
 * the bulletin's key. The bulletin itself keeps what was published and its signature (a
 * copy handed out before still verifies); the public pages show the notice instead of it.
 *
 * @param at when it was withdrawn
 * @param reasonAr why, in Arabic
 * @param reasonEn why, in English
 * @param signature the Ed25519 signature of {@link #signedText(Bulletin)}, Base64
 */
public record Withdrawal(Instant at, String reasonAr, String reasonEn, String signature) {

	/**
	 * The text the notice's signature covers: a header, the bulletin's id, the moment of
	 * the withdrawal, the signature of the bulletin it withdraws (so that the notice
	 * names exactly that publication) and the reasons, one per line in UTF-8.
	 * @param bulletin the bulletin withdrawn
	 * @return the text
	 */
	public String signedText(Bulletin bulletin) {
		return "marsad-bulletin-withdrawal-1\n" + bulletin.id() + '\n' + this.at + '\n' + bulletin.signature() + '\n'
				+ this.reasonAr.replace('\n', ' ') + '\n' + this.reasonEn.replace('\n', ' ') + '\n';
	}

}
