package org.marsad.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake API as the load test sees it: submit, fetch and list reports over HTTP with
 * Basic authentication.
 * <ul>
 * <li>one {@link HttpClient} (HTTP/1.1, pooled connections) shared by all clients, which
 * it allows</li>
 * <li>credentials are sent with every request, as the API keeps no session</li>
 * <li>every request has a timeout, so that no client waits for ever</li>
 * </ul>
 */
final class IntakeClient {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private static final String JSON = "application/json";

	private static final int SNIPPET = 300;

	private final HttpClient http;

	private final URI base;

	private final String authorization;

	private final Duration requestTimeout;

	private final JsonMapper json = JsonMapper.builder().build();

	IntakeClient(URI base, String user, String password, Duration requestTimeout) {
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(CONNECT_TIMEOUT)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.base = base;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.requestTimeout = requestTimeout;
	}

	/** Submits a report; 201 with an {@code id} in the body acknowledges it. */
	Acknowledgement submit(ReportSubmission report) throws IOException, InterruptedException {
		HttpRequest request = request("/api/reports").header("Content-Type", JSON)
			.POST(BodyPublishers.ofString(this.json.writeValueAsString(report.fields()), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = this.http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
		String location = response.headers().firstValue("Location").orElse(null);
		String id = (response.statusCode() == 201) ? idOf(response.body()) : null;
		return new Acknowledgement(response.statusCode(), id, location, snippet(response.body()));
	}

	/** Fetches one report; its {@code text} is null unless the answer is 200. */
	FetchedReport fetch(String id) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request("/api/reports/" + id).GET().build(),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			return new FetchedReport(response.statusCode(), null);
		}
		JsonNode text = this.json.readTree(response.body()).get("text");
		return new FetchedReport(200, (text != null && text.isString()) ? text.stringValue() : null);
	}

	/** Lists one page of reports, newest first. */
	ReportPage list(int page, int size) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				request("/api/reports?page=" + page + "&size=" + size).GET().build(),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IOException(
					"listing page " + page + " answered " + response.statusCode() + ": " + snippet(response.body()));
		}
		return ReportPage.read(this.json.readTree(response.body()));
	}

	/** The status of a GET, with or without credentials; for readiness checks. */
	int status(String path, boolean authenticated) throws IOException, InterruptedException {
		HttpRequest.Builder request = authenticated ? request(path)
				: HttpRequest.newBuilder(this.base.resolve(path)).timeout(this.requestTimeout);
		return this.http.send(request.GET().build(), BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(this.requestTimeout)
			.header("Authorization", this.authorization)
			.header("Accept", JSON);
	}

	private String idOf(String body) {
		try {
			JsonNode id = this.json.readTree(body).get("id");
			return (id == null || id.isNull()) ? null : id.asString();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String snippet(String body) {
		return (body.length() <= SNIPPET) ? body : body.substring(0, SNIPPET) + "…";
	}

	/**
	 * The answer to a submission.
	 *
	 * @param status the HTTP status
	 * @param id the id of the stored report, when acknowledged
	 * @param location the {@code Location} header, if any
	 * @param body the start of the response body, for error messages
	 */
	record Acknowledgement(int status, String id, String location, String body) {

		boolean acknowledged() {
			return this.status == 201 && this.id != null;
		}

	}

	/**
	 * The answer to a fetch.
	 *
	 * @param status the HTTP status
	 * @param text the report text, when found
	 */
	record FetchedReport(int status, String text) {

	}

}
