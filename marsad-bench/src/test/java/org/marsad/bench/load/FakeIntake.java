package org.marsad.bench.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An in-memory stand-in for the intake API on loopback, following its contract, that can
 * be told to misbehave in the ways the load test must catch.
 */
final class FakeIntake implements AutoCloseable {

	static final String PASSWORD = "fake-password";

	private final HttpServer server;

	private final Fault fault;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, JsonNode> reports = new LinkedHashMap<>();

	private final AtomicInteger nextId = new AtomicInteger(1);

	FakeIntake(Fault fault) throws IOException {
		this.fault = fault;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.createContext("/api/reports", this::handle);
		this.server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String expected = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			answer(exchange, 401, "{}");
		}
		else if ("POST".equals(exchange.getRequestMethod())) {
			create(exchange);
		}
		else if (exchange.getRequestURI().getPath().length() > "/api/reports/".length()) {
			fetch(exchange, exchange.getRequestURI().getPath().substring("/api/reports/".length()));
		}
		else {
			list(exchange);
		}
	}

	private synchronized void create(HttpExchange exchange) throws IOException {
		JsonNode report = this.json.readTree(exchange.getRequestBody());
		String id = Integer.toString(this.nextId.getAndIncrement());
		if (!(this.fault == Fault.LOSE_ONE && "7".equals(id))) {
			this.reports.put(id, report);
		}
		exchange.getResponseHeaders().add("Location", "/api/reports/" + id);
		answer(exchange, 201, this.json.writeValueAsString(Map.of("id", id)));
	}

	private synchronized void fetch(HttpExchange exchange, String id) throws IOException {
		JsonNode report = this.reports.get(id);
		if (report == null) {
			answer(exchange, 404, "{\"status\":404}");
			return;
		}
		String text = report.get("text").stringValue();
		if (this.fault == Fault.ALTER_TEXT && "3".equals(id)) {
			text = text.strip() + " ";
		}
		answer(exchange, 200, this.json.writeValueAsString(Map.of("id", id, "text", text)));
	}

	private synchronized void list(HttpExchange exchange) throws IOException {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : exchange.getRequestURI().getQuery().split("&")) {
			query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		int page = Integer.parseInt(query.get("page"));
		int size = Integer.parseInt(query.get("size"));
		List<Map<String, String>> newestFirst = new ArrayList<>();
		this.reports
			.forEach((id, report) -> newestFirst.add(0, Map.of("id", id, "title", report.get("title").stringValue())));
		if (this.fault == Fault.LIST_ONE_TWICE && !newestFirst.isEmpty()) {
			newestFirst.add(newestFirst.get(0));
		}
		List<Map<String, String>> content = newestFirst.subList(Math.min(page * size, newestFirst.size()),
				Math.min((page + 1) * size, newestFirst.size()));
		answer(exchange, 200, this.json
			.writeValueAsString(Map.of("items", content, "page", page, "size", size, "total", newestFirst.size())));
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	/** How the stand-in misbehaves. */
	enum Fault {

		NONE, LOSE_ONE, LIST_ONE_TWICE, ALTER_TEXT

	}

}
