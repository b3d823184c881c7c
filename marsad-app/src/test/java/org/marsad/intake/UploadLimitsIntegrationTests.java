package org.marsad.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.marsad.settings.MarsadProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real server, where the servlet container parses the multipart body
 * and enforces {@code marsad.max-upload}: what is refused or cut off leaves no row and no
 * file.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "marsad.max-upload=1MB")
@ActiveProfiles("test")
class UploadLimitsIntegrationTests {

	static final String BOUNDARY = "marsad-boundary-7MA4YWxkTrZu0gW";

	static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MarsadProperties properties;

	static byte[] multipart(int fileSize) {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
				+ "تسجيل صوتي من الباغوز\r\n--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"تسجيل.mp3\"\r\n"
				+ "Content-Type: audio/mpeg\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
		byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[headBytes.length + fileSize + tailBytes.length];
		System.arraycopy(headBytes, 0, body, 0, headBytes.length);
		Arrays.fill(body, headBytes.length, headBytes.length + fileSize, (byte) 'x');
		System.arraycopy(tailBytes, 0, body, headBytes.length + fileSize, tailBytes.length);
		return body;
	}

	HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/reports"))
			.header("Authorization", AUTHORIZATION)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	String snapshot() throws IOException {
		long rows = this.jdbc.sql("SELECT COUNT(*) FROM report").query(Long.class).single()
				+ this.jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
		Path root = this.properties.attachments();
		long files = 0;
		if (Files.isDirectory(root)) {
			try (Stream<Path> walk = Files.walk(root)) {
				files = walk.filter(Files::isRegularFile).count();
			}
		}
		return rows + "/" + files;
	}

	@Test
	void storesAnUploadWithinTheLimit() throws Exception {
		HttpResponse<String> response = post(multipart(64 * 1024));
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"mediaType\":\"text/plain\"");
	}

	@Test
	void refusesAnUploadOverTheLimitLeavingNothing() throws Exception {
		String before = snapshot();
		HttpResponse<String> response = post(multipart(1024 * 1024 + 512 * 1024));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"field\":\"files\"");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void leavesNothingWhenTheConnectionDropsMidUpload() throws Exception {
		String before = snapshot();
		byte[] body = multipart(512 * 1024);
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			String headers = "POST /api/reports HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + AUTHORIZATION
					+ "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: "
					+ body.length + "\r\n\r\n";
			out.write(headers.getBytes(StandardCharsets.US_ASCII));
			out.write(body, 0, body.length / 2);
			out.flush();
		}
		Thread.sleep(1000);
		assertThat(snapshot()).isEqualTo(before);
	}

}
