package org.marsad.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.audit.AuditFilter;
import org.marsad.audit.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's view of the audit log: newest first, filtered by who, action, kind
 * of record, record and date range, a page at a time; and the verification of the chain.
 */
@Controller
class AuditPages {

	private final AuditLog log;

	AuditPages(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String record,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
		Map<String, String> problems = AuditParameters.problems();
		AuditFilter filter = AuditParameters.filter(actor, action, kind, record, from, to, problems);
		int number = AuditParameters.page(page, problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("entries", this.log.find(filter, number, AuditParameters.DEFAULT_SIZE));
		model.addAttribute("errors", problems);
		model.addAttribute("filter", shown(actor, action, kind, record, from, to));
		return "audit/log";
	}

	@GetMapping("/admin/audit/verify")
	String verify(Model model) {
		model.addAttribute("check", this.log.verify());
		return "audit/verify";
	}

	private static Map<String, String> shown(String actor, String action, String kind, String record, String from,
			String to) {
		Map<String, String> shown = new LinkedHashMap<>();
		shown.put("actor", text(actor));
		shown.put("action", text(action));
		shown.put("kind", text(kind));
		shown.put("record", text(record));
		shown.put("from", text(from));
		shown.put("to", text(to));
		return shown;
	}

	private static String text(String value) {
		return (value != null && value.length() <= AuditParameters.MAX_TEXT) ? value : "";
	}

}
