/**
 * Intake: sources, reports stored exactly as received (corrections are new versions) and
 * their attachments, stored once by SHA-256. Other modules learn of new reports through
 * {@link org.marsad.intake.ReportReceived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.marsad.intake;
