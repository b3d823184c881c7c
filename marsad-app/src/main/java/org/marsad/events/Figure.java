package org.marsad.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;

/**
 * What an event counts, with the claims that state it.
 *
 * @param id the id
 * @param eventId the event
 * @param unit what is counted
 * @param category what happened to what was counted
 * @param group whom the count is limited to
 * @param periodFrom the first day of the period it covers, or its as-of day
 * @param periodTo the last day of that period, or its as-of day
 * @param cumulative whether it is a running total since {@code periodFrom} («منذ الأول من
 * ديسمبر … 36250») rather than a count for the event alone
 * @param partOf the figure it is a part of («من بينهم»), if any
 * @param valueRule how its value follows from its claims
 * @param value its current value, {@code null} while no claim states one
 * @param currentClaimId the claim that gives the current value, {@code null} under the
 * manual rule or without claims
 * @param claims its claims, voided ones included, oldest first
 * @param version the version, one more at every change
 * @param voided whether it was voided
 * @param voidReason why it was voided
 * @param createdAt when it was recorded
 * @param createdBy who recorded it
 * @param updatedAt when it last changed
 * @param updatedBy who last changed it
 */
public record Figure(UUID id, UUID eventId, FigureUnit unit, FigureCategory category, FigureGroup group,
		LocalDate periodFrom, LocalDate periodTo, boolean cumulative, UUID partOf, ValueRule valueRule,
		FigureValue value, UUID currentClaimId, List<Claim> claims, int version, boolean voided, String voidReason,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	/**
	 * The same figure with its claims and the claim that gives its value.
	 * @param claims the claims
	 * @param currentClaimId the claim chosen by the rule, or {@code null}
	 * @return the figure
	 */
	public Figure withClaims(List<Claim> claims, UUID currentClaimId) {
		return new Figure(this.id, this.eventId, this.unit, this.category, this.group, this.periodFrom, this.periodTo,
				this.cumulative, this.partOf, this.valueRule, this.value, currentClaimId, List.copyOf(claims),
				this.version, this.voided, this.voidReason, this.createdAt, this.createdBy, this.updatedAt,
				this.updatedBy);
	}

}
