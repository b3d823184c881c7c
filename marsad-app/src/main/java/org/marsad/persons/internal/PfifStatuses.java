package org.marsad.persons.internal;

import java.util.Set;

/**
 * The status words of PFIF 1.4 notes and how they map to the registry's statuses.
 */
final class PfifStatuses {

	static final Set<String> PFIF = Set.of("information_sought", "is_note_author", "believed_alive", "believed_missing",
			"believed_dead");

	private PfifStatuses() {
	}

	static String toPfif(String status) {
		return switch (status) {
			case "missing" -> "believed_missing";
			case "killed" -> "believed_dead";
			default -> "believed_alive";
		};
	}

	/**
	 * The registry's status for a PFIF note status.
	 * @return the status, or {@code null} when the note states none
	 */
	static String fromPfif(String status) {
		if (status == null) {
			return null;
		}
		return switch (status) {
			case "believed_missing" -> "missing";
			case "believed_dead" -> "killed";
			case "believed_alive", "is_note_author" -> "found";
			default -> null;
		};
	}

}
