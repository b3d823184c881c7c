/**
 * Intake: sources, reports stored exactly as received, and their attachments.
 * <ul>
 * <li>A report's text is never changed: a correction is a new row in
 * {@code report_version}; {@code report.current_version} points at the latest and every
 * earlier text stays readable.</li>
 * <li>Attachments are stored once by the SHA-256 of their content under
 * {@code attachments/ab/cd/abcd…}; the name the sender gave is kept, sanitised, for
 * display only and never used as a path. The media type is detected from the
 * content.</li>
 * <li>Files and rows: an upload is streamed to {@code attachments/tmp} while it is
 * hashed, then moved atomically into place, before the transaction that writes the report
 * and attachment rows commits. If that transaction rolls back, the files it wrote are
 * removed again, unless a committed row or another open transaction uses the same
 * content. Should the process die in between, the sweep at the next start removes
 * temporary files and files no row refers to. So a failure never leaves half-written
 * rows, and at worst leaves an orphan file until the next start.</li>
 * <li>Contact details of sources are protected: only administrators and coordinators get
 * them from {@link org.marsad.intake.Sources}; refusals name fields, never values.</li>
 * <li>Other modules learn of new reports through
 * {@link org.marsad.intake.ReportReceived}, published in the storing transaction.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.marsad.intake;
