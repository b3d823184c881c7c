package org.marsad.intake.internal;

import org.marsad.intake.Correction;

/**
 * The JSON body of {@code POST /api/reports/{id}/versions}.
 *
 * @param text the corrected text (required)
 * @param title the title; the previous one is kept when absent
 * @param language {@code ar}, {@code en} or {@code other}; detected when absent
 */
record CorrectionRequest(String text, String title, String language) {

	Correction toCorrection() {
		return new Correction(this.text, this.title, this.language);
	}

}
