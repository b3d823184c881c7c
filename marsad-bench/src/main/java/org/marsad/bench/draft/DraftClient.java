package org.marsad.bench.draft;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * The application as the draft benchmark sees it: stores a report, asks for its draft and
 * reads the server's own timing from {@code Server-Timing}.
 */
final class DraftClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final Pattern DRAFT_TIMING = Pattern.compile("draft;dur=([0-9.]+)");

	private static final Pattern JSON_TIMING = Pattern.compile("json;dur=([0-9.]+)");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI base;

	private final String authorization;

	DraftClient(URI base, String user, String password) {
		this.base = base;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * One draft as timed by the client and the server.
	 *
	 * @param roundTripMillis the client's time from request to the last byte
	 * @param draftMillis the server's time to read the report and extract
	 * @param jsonMillis the server's time to write the contract JSON
	 * @param bytes the size of the JSON
	 */
	record Timing(double roundTripMillis, double draftMillis, double jsonMillis, int bytes) {
	}

	boolean answers(String path) {
		try {
			return this.http
				.send(HttpRequest.newBuilder(this.base.resolve(path)).timeout(TIMEOUT).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	String storeReport(String text, String publishedAt) throws IOException, InterruptedException {
		String body = this.json.writeValueAsString(Map.of("text", text, "title", "bench draft", "channel", "message",
				"credibility", 2, "receivedAt", publishedAt + "T09:00:00Z", "publishedAt", publishedAt));
		HttpResponse<String> response = this.http
			.send(request("/api/reports").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 201) {
			throw new IOException("POST /api/reports answered " + response.statusCode());
		}
		return this.json.readTree(response.body()).get("id").asString();
	}

	long placeCount() throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request("/api/places?size=1").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return this.json.readTree(response.body()).get("total").asLong();
	}

	Timing draft(String reportId) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<byte[]> response = this.http.send(request("/api/reports/" + reportId + "/draft").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		double roundTrip = (System.nanoTime() - started) / 1_000_000.0;
		if (response.statusCode() != 200) {
			throw new IOException("GET /api/reports/{id}/draft answered " + response.statusCode());
		}
		String timing = response.headers().firstValue("Server-Timing").orElse("");
		return new Timing(roundTrip, millis(DRAFT_TIMING, timing), millis(JSON_TIMING, timing), response.body().length);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(TIMEOUT)
			.header("Authorization", this.authorization);
	}

	private static double millis(Pattern pattern, String header) {
		Matcher matcher = pattern.matcher(header);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
	}

}
