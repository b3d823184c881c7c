package org.marsad.intake;

/**
 * What is wrong with one field of a request.
 *
 * @param field the field, as named in the API and the forms (e.g. {@code text})
 * @param code the message key that explains the problem (e.g.
 * {@code report.error.textRequired})
 */
public record FieldProblem(String field, String code) {
}
