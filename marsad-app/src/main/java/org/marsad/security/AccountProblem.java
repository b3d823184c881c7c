package org.marsad.security;

/**
 * One broken account rule.
 *
 * @param field the offending field, e.g. {@code username} or {@code password}
 * @param code the message key describing the rule, e.g. {@code account.password.tooShort}
 */
public record AccountProblem(String field, String code) {
}
