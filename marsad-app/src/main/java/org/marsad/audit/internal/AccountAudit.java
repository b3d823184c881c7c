package org.marsad.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.security.AccountChanged;
import org.marsad.security.AccountSummary;

import org.springframework.context.event.EventListener;

/**
 * Records account changes. The listener runs synchronously, in the transaction that
 * changed the account (a plain {@link EventListener}, not a transactional one), so the
 * change and its entry are kept together. The digests cover the user name, display name,
 * role, state and lock, never a password or its hash.
 */
class AccountAudit {

	private final AuditLog log;

	AccountAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AccountChanged changed) {
		this.log.record(AuditRecord.of(changed.action(), "account", changed.username(), content(changed.before()),
				content(changed.after())));
	}

	private static Map<String, Object> content(AccountSummary account) {
		if (account == null) {
			return null;
		}
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("username", account.username());
		content.put("displayName", account.displayName());
		content.put("role", account.role());
		content.put("enabled", account.enabled());
		content.put("lockedUntil", account.lockedUntil());
		return content;
	}

}
