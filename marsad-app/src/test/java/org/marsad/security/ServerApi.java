package org.marsad.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API of a {@link ServerProcess} over a real socket, as the built-in administrator.
 */
final class ServerApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI url;

	private final String authorization;

	ServerApi(URI url) {
		this.url = url;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + ServerProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** An answer: the status and the body. */
	record Answer(int status, byte[] body) {

		JsonNode json() {
			return JSON.readTree(new String(this.body, StandardCharsets.UTF_8));
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	Answer get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	Answer postJson(String path, Object body) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
	}

	/** {@code POST /api/reports} as a multipart form with one file. */
	Answer upload(Map<String, String> fields, String fileName, String mediaType, byte[] file)
			throws IOException, InterruptedException {
		String boundary = "marsad-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + mediaType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request("/api/reports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.url.resolve(path))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", this.authorization);
	}

	private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Answer(response.statusCode(), response.body());
	}

}
