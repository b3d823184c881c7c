package org.marsad.security.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the login form; Spring Security handles the post. After refused attempts the page
 * says how long the account or address has to wait.
 */
@Controller
class LoginController {

	private final LoginProperties limits;

	LoginController(LoginProperties limits) {
		this.limits = limits;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockMinutes", Math.max(1, this.limits.lockFor().toMinutes()));
		model.addAttribute("throttleMinutes", Math.max(1, this.limits.addressWindow().toMinutes()));
		return "security/login";
	}

}
