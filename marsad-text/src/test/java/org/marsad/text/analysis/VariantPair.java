package org.marsad.text.analysis;

/**
 * One line of the variant suite: a query that must find a document.
 *
 * @param kind the field and the variant, as in {@code text/hamza} or
 * {@code name/translit}
 * @param query the query text
 * @param document the document text
 * @param note what the pair shows
 */
record VariantPair(String kind, String query, String document, String note) {

	/** The field the pair is analysed as: {@code text} or {@code name}. */
	String field() {
		return this.kind.substring(0, this.kind.indexOf('/'));
	}

	static VariantPair parse(String line) {
		String[] columns = line.split("\t", -1);
		return new VariantPair(columns[0], columns[1], columns[2], columns[3]);
	}

}
