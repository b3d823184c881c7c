package org.marsad.publishing;

/**
 * A bulletin as composed, before it is checked.
 *
 * @param date the bulletin's date, an ISO date (required)
 * @param titleAr the Arabic title (required, at most 300 characters)
 * @param titleEn the English title (required, at most 300 characters)
 * @param bodyAr the Arabic body: paragraphs separated by blank lines, figures only as
 * placeholders (required)
 * @param bodyEn the English body, likewise (required)
 * @param version the version edited, for a change to a draft
 */
public record BulletinDraft(String date, String titleAr, String titleEn, String bodyAr, String bodyEn,
		Integer version) {
}
