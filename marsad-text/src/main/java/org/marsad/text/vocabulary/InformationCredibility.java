package org.marsad.text.vocabulary;

/**
 * Information credibility on the Admiralty (NATO) scale, 1 (confirmed by other sources)
 * to 6 (truth cannot be judged).
 */
public enum InformationCredibility {

	CONFIRMED(1), PROBABLY_TRUE(2), POSSIBLY_TRUE(3), DOUBTFUL(4), IMPROBABLE(5), CANNOT_BE_JUDGED(6);

	private final int grade;

	InformationCredibility(int grade) {
		this.grade = grade;
	}

	/** The grade 1–6. */
	public int grade() {
		return this.grade;
	}

	/**
	 * Reads a grade.
	 * @param grade 1–6
	 * @return the credibility
	 * @throws IllegalArgumentException outside 1–6
	 */
	public static InformationCredibility ofGrade(int grade) {
		for (InformationCredibility c : values()) {
			if (c.grade == grade) {
				return c;
			}
		}
		throw new IllegalArgumentException("credibility must be 1 to 6, was " + grade);
	}

}
