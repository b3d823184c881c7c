package org.marsad.security.internal;

import java.time.Instant;

import org.marsad.security.AccountNotFound;
import org.marsad.security.AccountRejected;
import org.marsad.security.AccountSummary;
import org.marsad.security.Accounts;
import org.marsad.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for accounts: list, create, change role, enable or disable,
 * unlock after failed logins, reset a password.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountPagesController {

	private final Accounts accounts;

	AccountPagesController(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@ModelAttribute("now")
	Instant now() {
		return Instant.now();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		return "security/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountForm());
		return "security/account-new";
	}

	@PostMapping
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			AccountSummary created = this.accounts.create(form.toNewAccount());
			redirect.addFlashAttribute("created", created.username());
			return "redirect:/admin/accounts";
		}
		catch (AccountRejected rejected) {
			FormErrors.reject(result, rejected);
			return "security/account-new";
		}
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, Model model) {
		AccountSummary account = existing(username);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountEditForm.of(account));
		model.addAttribute("passwordForm", new PasswordForm());
		return "security/account-edit";
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @ModelAttribute("form") AccountEditForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountSummary account = existing(username);
		try {
			if (form.getRole() != account.role()) {
				this.accounts.changeRole(account.username(), form.getRole());
			}
			if (form.isEnabled() != account.enabled()) {
				this.accounts.setEnabled(account.username(), form.isEnabled());
			}
			redirect.addFlashAttribute("updated", account.username());
			return "redirect:/admin/accounts";
		}
		catch (AccountRejected rejected) {
			FormErrors.reject(result, rejected);
			model.addAttribute("account", existing(username));
			model.addAttribute("passwordForm", new PasswordForm());
			return "security/account-edit";
		}
	}

	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, RedirectAttributes redirect) {
		AccountSummary account = existing(username);
		this.accounts.unlock(account.username());
		redirect.addFlashAttribute("unlocked", account.username());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{username}/password")
	String resetPassword(@PathVariable String username, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AccountSummary account = existing(username);
		try {
			if (!form.confirmed()) {
				throw new AccountRejected("confirmation", "account.password.mismatch");
			}
			this.accounts.resetPassword(account.username(), form.getNewPassword());
			redirect.addFlashAttribute("passwordReset", account.username());
			return "redirect:/admin/accounts";
		}
		catch (AccountRejected rejected) {
			FormErrors.reject(result, rejected);
			model.addAttribute("account", account);
			model.addAttribute("form", AccountEditForm.of(account));
			return "security/account-edit";
		}
	}

	@ExceptionHandler(AccountNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private AccountSummary existing(String username) {
		return this.accounts.find(username).orElseThrow(() -> new AccountNotFound(username));
	}

}
