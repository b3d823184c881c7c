package org.marsad.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard, the first page after login.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}

}
