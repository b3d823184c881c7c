/**
 * Publishing: what leaves the organisation (issue 9; DESIGN, "The flow of data", step 5).
 * <ul>
 * <li>Exports of events in the formats the field reads: ACLED-style CSV (one row per
 * event-day), HXL-tagged CSV, GeoJSON (RFC 7946) and JSON, with the filters of the events
 * list ({@link org.marsad.publishing.EventExports}).</li>
 * <li>Who reads decides what is read: an anonymous reader gets publishable events only;
 * an account that may read the record also gets internal ones. Protected fields (source
 * identities, contact details, identity document numbers) never leave, whoever asks.</li>
 * <li>Public pages (published tally snapshots, published bulletins, the map) are readable
 * without login and reach nothing internal.</li>
 * <li>Bulletins ({@link org.marsad.publishing.Bulletins}): dated, Arabic and English,
 * their figures bound to tally snapshots rather than typed; once published they are
 * frozen and signed with Ed25519.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package org.marsad.publishing;
