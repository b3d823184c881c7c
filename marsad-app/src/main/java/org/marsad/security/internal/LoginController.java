package org.marsad.security.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the login form; Spring Security handles the post.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "security/login";
	}

}
