package org.marsad.intake.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.marsad.intake.IntakeRefused;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a JSON report body that cannot hold a text within the limit, before it is read
 * into memory. JSON may spell one byte of text as six ({@code \u0007}), so the body may
 * be up to six times the text limit plus room for the other fields. Bodies sent without a
 * length are read and checked after parsing.
 */
class ReportBodyLimit implements HandlerInterceptor {

	static final int JSON_ESCAPE_FACTOR = 6;

	static final long OTHER_FIELDS = 64 * 1024;

	private final long maxBody;

	ReportBodyLimit(long maxTextBytes) {
		this.maxBody = maxTextBytes * JSON_ESCAPE_FACTOR + OTHER_FIELDS;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String type = request.getContentType();
		boolean json = type != null && type.startsWith(MediaType.APPLICATION_JSON_VALUE);
		if (json && request.getContentLengthLong() > this.maxBody) {
			throw IntakeRefused.tooLarge("text", "report.error.textTooLarge");
		}
		return true;
	}

}
