package org.marsad.catalogue;

/**
 * An import stopped because rows were rejected: nothing was stored. The outcome lists the
 * rejected rows and what the other rows would have done.
 */
public class ImportRefused extends RuntimeException {

	private final ImportOutcome outcome;

	/**
	 * Creates the exception.
	 * @param outcome what the import would have done, with the rejections
	 */
	public ImportRefused(ImportOutcome outcome) {
		super(outcome.rejected().size() + " rows rejected; nothing imported");
		this.outcome = outcome;
	}

	/** What the import would have done, with the rejections. */
	public ImportOutcome outcome() {
		return this.outcome;
	}

}
