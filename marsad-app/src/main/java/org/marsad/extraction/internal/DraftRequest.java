package org.marsad.extraction.internal;

import java.time.LocalDate;

/**
 * The JSON body of {@code POST /api/drafts}.
 *
 * @param text the text to draft, as a report would hold it
 * @param published the date relative dates resolve against (ISO), or {@code null} for
 * today
 */
record DraftRequest(String text, LocalDate published) {
}
