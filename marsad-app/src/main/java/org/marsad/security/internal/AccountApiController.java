package org.marsad.security.internal;

import java.net.URI;
import java.util.List;

import org.marsad.security.AccountNotFound;
import org.marsad.security.AccountSummary;
import org.marsad.security.Accounts;
import org.marsad.security.NewAccount;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over the API, for administrators who script their setup: list, read, create,
 * and change role or login permission ({@code PATCH} with {@code role}, {@code enabled},
 * or {@code "locked": false} to unlock after failed logins).
 */
@RestController
@RequestMapping("/api/accounts")
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	List<AccountSummary> list() {
		return this.accounts.list();
	}

	@GetMapping("/{username}")
	AccountSummary get(@PathVariable String username) {
		return this.accounts.find(username).orElseThrow(() -> new AccountNotFound(username));
	}

	@PatchMapping("/{username}")
	AccountSummary change(@PathVariable String username, @RequestBody AccountChange change) {
		AccountSummary account = this.accounts.find(username).orElseThrow(() -> new AccountNotFound(username));
		if (change.role() != null && change.role() != account.role()) {
			account = this.accounts.changeRole(account.username(), change.role());
		}
		if (change.enabled() != null && change.enabled() != account.enabled()) {
			account = this.accounts.setEnabled(account.username(), change.enabled());
		}
		if (Boolean.FALSE.equals(change.locked()) && account.lockedUntil() != null) {
			account = this.accounts.unlock(account.username());
		}
		return account;
	}

	@PostMapping
	ResponseEntity<AccountSummary> create(@RequestBody NewAccount request) {
		AccountSummary created = this.accounts.create(request);
		return ResponseEntity.created(URI.create("/api/accounts/" + created.username())).body(created);
	}

}
