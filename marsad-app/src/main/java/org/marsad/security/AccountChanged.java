package org.marsad.security;

/**
 * Published in the transaction of every change to an account, and of every lock and
 * unlock after failed logins, so that the audit log records it in the same transaction.
 *
 * @param username the account
 * @param action what happened: {@code created}, {@code role_changed}, {@code enabled},
 * {@code disabled}, {@code password_reset}, {@code password_changed}, {@code locked},
 * {@code unlocked}
 * @param before the account before, or {@code null} when it is new
 * @param after the account after
 */
public record AccountChanged(String username, String action, AccountSummary before, AccountSummary after) {
}
