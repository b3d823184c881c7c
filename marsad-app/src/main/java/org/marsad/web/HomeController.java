package org.marsad.web;

import org.marsad.intake.PageRequest;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.Reports;
import org.marsad.tallies.PinnedTallies;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard, the first page after login: the pinned tallies and the latest reports.
 */
@Controller
class HomeController {

	private static final int LATEST = 10;

	private final Reports reports;

	private final PinnedTallies tallies;

	HomeController(Reports reports, PinnedTallies tallies) {
		this.reports = reports;
		this.tallies = tallies;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("pinned", this.tallies.pinned());
		model.addAttribute("latest", this.reports.list(ReportFilter.ALL, new PageRequest(0, LATEST)).items());
		return "web/home";
	}

}
