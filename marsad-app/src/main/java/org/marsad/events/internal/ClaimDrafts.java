package org.marsad.events.internal;

import java.util.Optional;
import java.util.UUID;

import org.marsad.events.CodedClaim;
import org.marsad.events.FigureValue;
import org.marsad.events.NewClaim;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;

/**
 * Checks claims: the report (and version) they come from, their span in its text and the
 * value as stated.
 * <ul>
 * <li>reportId: a stored report; reportVersion: one of its versions, the latest when
 * empty</li>
 * <li>span: required, within the text of that version ({@link Spans})</li>
 * <li>value: as {@link StatedValues} checks it</li>
 * </ul>
 */
class ClaimDrafts {

	private final Reports reports;

	private final Sources sources;

	ClaimDrafts(Reports reports, Sources sources) {
		this.reports = reports;
		this.sources = sources;
	}

	/**
	 * Reads a report for coding.
	 * @param id the report
	 * @param version the version, or {@code null} for the latest
	 * @return the report's facts, or empty when there is no such report or version
	 */
	Optional<ReportFacts> report(UUID id, Integer version) {
		return ReportFacts.read(this.reports, this.sources, id, version);
	}

	/**
	 * Checks a claim sent on its own.
	 * @param claim the claim
	 * @param problems where problems go, at the claim's path
	 * @return the draft, or {@code null} when refused
	 */
	ClaimDraft check(NewClaim claim, Problems problems) {
		if (claim == null) {
			problems.add("claim.error.required");
			return null;
		}
		ReportFacts report = report(claim.reportId(), claim.reportVersion(), problems);
		Spans.Checked span = (report != null) ? Spans.check(claim.span(), report.text(), true, problems.at("span"))
				: null;
		FigureValue value = StatedValues.check(claim.value(), problems.at("value"));
		return (report != null && span != null && value != null) ? new ClaimDraft(report, span, value) : null;
	}

	/**
	 * Checks a claim coded from a report already read.
	 * @param report the report being coded
	 * @param claim the claim
	 * @param problems where problems go, at the claim's path
	 * @return the draft, or {@code null} when refused
	 */
	static ClaimDraft check(ReportFacts report, CodedClaim claim, Problems problems) {
		if (claim == null) {
			problems.add("claim.error.required");
			return null;
		}
		Spans.Checked span = Spans.check(claim.span(), report.text(), true, problems.at("span"));
		FigureValue value = StatedValues.check(claim.value(), problems.at("value"));
		return (span != null && value != null) ? new ClaimDraft(report, span, value) : null;
	}

	/**
	 * Reads the report a request names, refusing an unknown one by field.
	 * @return the report's facts, or {@code null} when refused
	 */
	ReportFacts report(String reportId, Integer version, Problems problems) {
		if (!Text.present(reportId)) {
			problems.add("reportId", "claim.error.reportRequired");
			return null;
		}
		UUID id = Text.id(reportId, "reportId", "claim.error.reportUnknown", problems);
		if (id == null) {
			return null;
		}
		Optional<ReportFacts> report = report(id, version);
		if (report.isEmpty()) {
			boolean reportExists = version != null && report(id, null).isPresent();
			problems.add(reportExists ? "reportVersion" : "reportId",
					reportExists ? "claim.error.reportVersionUnknown" : "claim.error.reportUnknown");
			return null;
		}
		return report.get();
	}

}
