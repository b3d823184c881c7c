package org.marsad.audit.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.audit.AuditFilter;
import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditPage;
import org.marsad.audit.ChainCheck;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The audit log over the API, for administrators: entries with the page's filters, and
 * the verification of the chain. Bad parameters give a 400 problem naming the field.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The tamper-evident log of every write (administrators)")
class AuditApiController {

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Audit entries, newest first")
	AuditPage list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String record,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Map<String, String> problems = AuditParameters.problems();
		AuditFilter filter = AuditParameters.filter(actor, action, kind, record, from, to, problems);
		int number = AuditParameters.page(page, problems);
		int length = AuditParameters.size(size, problems);
		if (!problems.isEmpty()) {
			throw new BadParameters(problems);
		}
		return this.log.find(filter, number, length);
	}

	@GetMapping("/verify")
	@Operation(summary = "Verify the hash chain and name every broken entry")
	ChainCheck verify() {
		return this.log.verify();
	}

	/** Bad query parameters, by field and message key. */
	static class BadParameters extends RuntimeException {

		private final transient Map<String, String> problems;

		BadParameters(Map<String, String> problems) {
			super("bad parameters: " + problems.keySet());
			this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
		}

	}

	/** Problem details for the audit API. */
	@RestControllerAdvice(assignableTypes = AuditApiController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Problems {

		private final MessageSource messages;

		Problems(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler
		ProblemDetail bad(BadParameters bad) {
			return problem(bad.problems);
		}

		@ExceptionHandler
		ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
			return problem(Map.of(ex.getName(), "audit.error.value"));
		}

		private ProblemDetail problem(Map<String, String> problems) {
			List<Map<String, String>> errors = problems.entrySet()
				.stream()
				.map((p) -> Map.of("field", p.getKey(), "message",
						this.messages.getMessage(p.getValue(), null, p.getValue(), Locale.ENGLISH)))
				.toList();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					errors.get(0).get("message"));
			problem.setTitle("Invalid request");
			problem.setProperty("field", errors.get(0).get("field"));
			problem.setProperty("errors", errors);
			return problem;
		}

	}

}
