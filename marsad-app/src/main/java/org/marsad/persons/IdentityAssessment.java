package org.marsad.persons;

import java.util.List;

/**
 * What the identity evidence of a person shows, by a rule simple enough to explain to the
 * camp official who reads it.
 * <ul>
 * <li>{@link Level#DOCUMENTED}: a document the person holds, or a copy of a document on
 * file.</li>
 * <li>{@link Level#CORROBORATED}: no document or copy, but attestations from at least two
 * different vouchers.</li>
 * <li>{@link Level#ATTESTED}: one voucher attests.</li>
 * <li>{@link Level#DECLARED}: only documents declared lost, destroyed or confiscated: the
 * person's own word.</li>
 * <li>{@link Level#NONE}: no evidence.</li>
 * </ul>
 * Void evidence never counts.
 *
 * @param level the level
 * @param heldDocuments documents held
 * @param missingDocuments documents declared lost, destroyed or confiscated
 * @param copies copies on file
 * @param vouchers different vouchers
 * @param reasons message keys of what the level rests on
 */
public record IdentityAssessment(Level level, int heldDocuments, int missingDocuments, int copies, int vouchers,
		List<String> reasons) {

	/** The levels, strongest first. */
	public enum Level {

		DOCUMENTED, CORROBORATED, ATTESTED, DECLARED, NONE;

		/** The code, e.g. {@code documented}. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * Applies the rule.
	 * @param heldDocuments documents held
	 * @param missingDocuments documents lost, destroyed or confiscated
	 * @param copies copies on file
	 * @param vouchers different vouchers
	 * @return the assessment
	 */
	public static IdentityAssessment of(int heldDocuments, int missingDocuments, int copies, int vouchers) {
		Level level;
		if (heldDocuments > 0 || copies > 0) {
			level = Level.DOCUMENTED;
		}
		else if (vouchers >= 2) {
			level = Level.CORROBORATED;
		}
		else if (vouchers == 1) {
			level = Level.ATTESTED;
		}
		else if (missingDocuments > 0) {
			level = Level.DECLARED;
		}
		else {
			level = Level.NONE;
		}
		List<String> reasons = new java.util.ArrayList<>();
		if (heldDocuments > 0) {
			reasons.add("persons.assessment.reason.held");
		}
		if (copies > 0) {
			reasons.add("persons.assessment.reason.copies");
		}
		if (vouchers > 0) {
			reasons.add("persons.assessment.reason.vouchers");
		}
		if (missingDocuments > 0) {
			reasons.add("persons.assessment.reason.missing");
		}
		return new IdentityAssessment(level, heldDocuments, missingDocuments, copies, vouchers, List.copyOf(reasons));
	}

}
