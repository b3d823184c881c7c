package org.marsad.publishing;

/**
 * A request to withdraw a published bulletin.
 *
 * @param reasonAr why, in Arabic, shown to the public
 * @param reasonEn why, in English, shown to the public
 */
public record BulletinWithdrawal(String reasonAr, String reasonEn) {
}
