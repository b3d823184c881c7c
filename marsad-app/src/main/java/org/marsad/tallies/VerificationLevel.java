package org.marsad.tallies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.marsad.text.vocabulary.VerificationStatus;

/**
 * The order of event verification statuses for "at or above a level" filters, lowest
 * first. DESIGN grades events after Airwars but gives no order; tallies use this one:
 * <ul>
 * <li>{@code contested}: reports conflict; counted only when a tally asks for everything
 * (the default)</li>
 * <li>{@code single_source}: one source</li>
 * <li>{@code fair}: two or more credible independent sources</li>
 * <li>{@code confirmed}: a party accepted responsibility, or direct evidence</li>
 * <li>{@code discounted} events are never counted, whatever the level</li>
 * </ul>
 */
public final class VerificationLevel {

	/** The statuses that may be counted, lowest first. */
	public static final List<VerificationStatus> ORDER = List.of(VerificationStatus.CONTESTED,
			VerificationStatus.SINGLE_SOURCE, VerificationStatus.FAIR, VerificationStatus.CONFIRMED);

	/** The level of a tally that names none: every status but discounted. */
	public static final VerificationStatus DEFAULT = VerificationStatus.CONTESTED;

	private VerificationLevel() {
	}

	/**
	 * The statuses at or above a level.
	 * @param minimum a status code other than {@code discounted}
	 * @return the status codes counted
	 * @throws IllegalArgumentException for {@code discounted} or an unknown code
	 */
	public static List<String> atOrAbove(String minimum) {
		VerificationStatus level = VerificationStatus.ofCode(minimum.strip().toLowerCase(Locale.ROOT));
		int index = ORDER.indexOf(level);
		if (index < 0) {
			throw new IllegalArgumentException("not a level: " + minimum);
		}
		List<String> codes = new ArrayList<>();
		for (VerificationStatus status : ORDER.subList(index, ORDER.size())) {
			codes.add(status.code());
		}
		return codes;
	}

}
