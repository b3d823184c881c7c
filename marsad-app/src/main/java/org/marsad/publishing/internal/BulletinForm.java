package org.marsad.publishing.internal;

import java.util.regex.Pattern;

import org.marsad.publishing.Bulletin;
import org.marsad.publishing.BulletinDraft;

/**
 * The bulletin page's form: the bulletin as typed, the events list's filters of the
 * events offered for insertion, and the button pressed.
 *
 * @param date the bulletin's date
 * @param titleAr the Arabic title
 * @param titleEn the English title
 * @param bodyAr the Arabic body
 * @param bodyEn the English body
 * @param version the version of the draft being changed, {@code null} for a new one
 * @param type filter: event type
 * @param status filter: verification status
 * @param from filter: first day
 * @param to filter: last day
 * @param placeId filter: place and the places within it
 * @param actorId filter: actor in any role
 * @param insert a placeholder to add, as {@code <field> <placeholder>} with field
 * {@code bodyAr} or {@code bodyEn}
 * @param save present when the bulletin is to be saved (other buttons show the form
 * again)
 */
record BulletinForm(String date, String titleAr, String titleEn, String bodyAr, String bodyEn, Integer version,
		String type, String status, String from, String to, String placeId, String actorId, String insert,
		String save) {

	private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$");

	static BulletinForm empty() {
		return new BulletinForm("", "", "", "", "", null, "", "", "", "", "", "", null, null);
	}

	static BulletinForm of(Bulletin bulletin) {
		return new BulletinForm(bulletin.date().toString(), bulletin.titleAr(), bulletin.titleEn(), bulletin.bodyAr(),
				bulletin.bodyEn(), bulletin.version(), "", "", "", "", "", "", null, null);
	}

	BulletinDraft draft() {
		return new BulletinDraft(this.date, this.titleAr, this.titleEn, this.bodyAr, this.bodyEn, this.version);
	}

	/**
	 * The form with the placeholder of {@link #insert()} added at the end of its body:
	 * after a space on the same line, or at the start of the line when the body ends with
	 * a line break (so that a blank line typed before it starts a paragraph).
	 * @return the form, or itself when nothing is to be inserted or the field is unknown
	 */
	BulletinForm inserted() {
		if (this.insert == null || this.insert.isBlank()) {
			return this;
		}
		String[] parts = this.insert.strip().split(" ", 2);
		if (parts.length < 2 || !BulletinFigures.PLACEHOLDER.matcher(parts[1]).matches()) {
			return this;
		}
		String ar = "bodyAr".equals(parts[0]) ? joined(this.bodyAr, parts[1]) : this.bodyAr;
		String en = "bodyEn".equals(parts[0]) ? joined(this.bodyEn, parts[1]) : this.bodyEn;
		return new BulletinForm(this.date, this.titleAr, this.titleEn, ar, en, this.version, this.type, this.status,
				this.from, this.to, this.placeId, this.actorId, null, null);
	}

	private static String joined(String body, String placeholder) {
		String text = (body != null) ? TRAILING_SPACE.matcher(body).replaceAll("") : "";
		return (text.isEmpty() || text.endsWith("\n")) ? text + placeholder : text + " " + placeholder;
	}

}
