package org.marsad.persons;

/**
 * Which persons to list.
 *
 * @param name words of the name (Arabic or Latin), or {@code null}
 * @param status the latest status, or {@code null}
 * @param includeVoided whether void and merged persons are listed too
 */
public record PersonFilter(String name, String status, boolean includeVoided) {

	/** Every live person. */
	public static final PersonFilter ALL = new PersonFilter(null, null, false);

}
