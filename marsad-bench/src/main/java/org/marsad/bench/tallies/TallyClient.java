package org.marsad.bench.tallies;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tally API as the benchmark sees it: define a tally, compute it, with HTTP Basic.
 */
final class TallyClient {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI base;

	private final String authorization;

	TallyClient(URI base, String user, String password) {
		this.base = base;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A computation as the client saw it.
	 *
	 * @param roundTripMillis from sending the request to reading the whole response
	 * @param serverMillis the server's own time ({@code Server-Timing}), or -1
	 * @param processorMillis the processor time of the server's request thread
	 * ({@code cpu} in {@code Server-Timing}), or -1
	 * @param body the result
	 */
	record Computed(double roundTripMillis, double serverMillis, double processorMillis, JsonNode body) {
	}

	String define(Map<String, Object> tally) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(request("/api/tallies").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(tally), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("defining the tally answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return this.json.readTree(response.body()).get("id").asString();
	}

	Computed compute(String id, String asOf, boolean checks) throws IOException, InterruptedException {
		return get("/api/tallies/" + id + "/result?asOf=" + asOf + "&checks=" + checks);
	}

	Computed definition(String id) throws IOException, InterruptedException {
		return get("/api/tallies/" + id);
	}

	int status(String path) throws InterruptedException {
		try {
			return this.http
				.send(HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private Computed get(String path) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(request(path).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		double millis = (System.nanoTime() - start) / 1_000_000.0;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		String timing = response.headers().firstValue("Server-Timing").orElse("");
		return new Computed(millis, duration(timing, "tally"), duration(timing, "cpu"),
				this.json.readTree(response.body()));
	}

	/** One metric's duration from a {@code Server-Timing} value, or -1. */
	static double duration(String timing, String name) {
		for (String metric : timing.split(",")) {
			String[] parts = metric.strip().split(";");
			if (parts[0].equals(name)) {
				for (String part : parts) {
					if (part.startsWith("dur=")) {
						return Double.parseDouble(part.substring(4));
					}
				}
			}
		}
		return -1;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(TIMEOUT)
			.header("Authorization", this.authorization);
	}

}
