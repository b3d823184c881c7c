package org.marsad.security.internal;

import org.marsad.security.AccountRejected;
import org.marsad.security.Accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets every person change their own password.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final Accounts accounts;

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "security/password";
	}

	@PostMapping
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			if (!form.confirmed()) {
				throw new AccountRejected("confirmation", "account.password.mismatch");
			}
			this.accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
			redirect.addFlashAttribute("changed", true);
			return "redirect:/account/password";
		}
		catch (AccountRejected rejected) {
			FormErrors.reject(result, rejected);
			return "security/password";
		}
	}

}
