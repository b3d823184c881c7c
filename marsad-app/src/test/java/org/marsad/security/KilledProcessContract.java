package org.marsad.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is killed with SIGKILL while it works, then started again on the same
 * data folder and database (attachment store, audit chain; embedded H2 or PostgreSQL, as
 * the subclass says): nothing is half-written, the audit chain verifies, and every write
 * the client was told succeeded is there as it was sent. The application runs as a
 * separate JVM from the built jar ({@link ServerProcess}).
 * <ul>
 * <li>during report uploads with files, from several clients at once</li>
 * <li>during coding saves, from several clients at once</li>
 * <li>a backup command killed while it writes the archive, with the server serving</li>
 * </ul>
 * Each waits for a few acknowledged writes, so that the kill falls among writes in
 * flight, and is bounded in time.
 */
abstract class KilledProcessContract {

	private static final int CLIENTS = 3;

	private static final int ACKNOWLEDGED_BEFORE_KILL = 6;

	@TempDir
	Path folder;

	/**
	 * The environment that names the database the application and its commands use.
	 * @return {@code MARSAD_DB_URL} and the like; empty for embedded H2
	 */
	abstract Map<String, String> database();

	@Test
	@Timeout(value = 12, unit = TimeUnit.MINUTES)
	void killedDuringUploadsKeepsEveryAcknowledgedReportAndNoHalfOfAny() throws Exception {
		Path data = this.folder.resolve("data");
		Queue<Uploaded> acknowledged = new ConcurrentLinkedQueue<>();
		try (ServerProcess server = ServerProcess.start(data, "first.log", database())) {
			ServerApi api = new ServerApi(server.url());
			AtomicInteger number = new AtomicInteger();
			underLoad(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, server, () -> {
				int n = number.incrementAndGet();
				byte[] file = file(n, 256 * 1024);
				String text = "أفاد المراسل بنزوح " + arabicDigits(40 + n) + " عائلة من حيّ الإنشاءات ـ التقرير رقم "
						+ n;
				ServerApi.Answer answer = api.upload(Map.of("text", text), "صورة-" + n + ".png", "image/png", file);
				if (answer.status() == 201) {
					acknowledged.add(new Uploaded(answer.json().get("id").asString(), text, sha256(file)));
				}
			});
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
		try (ServerProcess server = ServerProcess.start(data, "second.log", database())) {
			ServerApi api = new ServerApi(server.url());
			for (Uploaded uploaded : acknowledged) {
				JsonNode report = found(api, "/api/reports/" + uploaded.id());
				assertThat(report.get("text").asString()).isEqualTo(uploaded.text());
				assertThat(report.get("attachments")).hasSize(1);
				assertThat(report.get("attachments").get(0).get("sha256").asString()).isEqualTo(uploaded.sha256());
			}
			Set<String> referenced = new HashSet<>();
			for (JsonNode summary : all(api, "/api/reports")) {
				JsonNode report = api.get("/api/reports/" + summary.get("id").asString()).json();
				assertThat(report.get("attachments")).as("a report stored without its file").hasSize(1);
				String sha = report.get("attachments").get(0).get("sha256").asString();
				assertThat(sha256(api.get("/api/attachments/" + sha).body())).isEqualTo(sha);
				referenced.add(sha);
				assertThat(entries(api, "report", report.get("id").asString())).as("its audit entry").isEqualTo(1);
			}
			assertThat(storedFiles(data.resolve("attachments"))).as("files on disk: all whole, none stray")
				.containsExactlyInAnyOrderElementsOf(referenced);
			assertChainIntact(api);
		}
	}

	@Test
	@Timeout(value = 12, unit = TimeUnit.MINUTES)
	void killedDuringCodingSavesKeepsEachSaveWholeOrNotAtAll() throws Exception {
		Path data = this.folder.resolve("data");
		Map<String, String> coded = new java.util.concurrent.ConcurrentHashMap<>();
		List<String> reports = new ArrayList<>();
		try (ServerProcess server = ServerProcess.start(data, "first.log", database())) {
			ServerApi api = new ServerApi(server.url());
			catalogue(api);
			for (int i = 0; i < 60; i++) {
				reports.add(created(api.postJson("/api/reports", CodedRecords.report())));
			}
			Queue<String> waiting = new ConcurrentLinkedQueue<>(reports);
			underLoad(() -> coded.size() >= ACKNOWLEDGED_BEFORE_KILL || waiting.isEmpty(), server, () -> {
				String report = waiting.poll();
				if (report == null) {
					return;
				}
				ServerApi.Answer answer = api.postJson("/api/reports/" + report + "/coding", coding());
				if (answer.status() == 201) {
					coded.put(report, answer.json().get("createdEvents").get(0).asString());
				}
			});
			assertThat(waiting).as("the kill fell before every report was coded").isNotEmpty();
		}
		assertThat(coded).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
		try (ServerProcess server = ServerProcess.start(data, "second.log", database())) {
			ServerApi api = new ServerApi(server.url());
			Map<String, List<String>> supporting = new HashMap<>();
			for (JsonNode summary : all(api, "/api/events")) {
				JsonNode event = api.get("/api/events/" + summary.get("id").asString()).json();
				assertThat(event.get("reports")).as("an event without its report").hasSize(1);
				assertThat(event.get("figures")).as("an event without its figure").hasSize(1);
				assertThat(event.get("figures").get(0).get("claims")).hasSize(1);
				String report = event.get("reports").get(0).get("reportId").asString();
				supporting.computeIfAbsent(report, (key) -> new ArrayList<>()).add(event.get("id").asString());
				assertThat(entries(api, "event", event.get("id").asString())).isPositive();
			}
			for (String report : reports) {
				String status = api.get("/api/reports/" + report).json().get("status").asString();
				assertThat(status.equals("coded"))
					.as("report %s is %s, its events %s", report, status, supporting.get(report))
					.isEqualTo(supporting.containsKey(report));
				assertThat(supporting.getOrDefault(report, List.of())).hasSizeLessThanOrEqualTo(1);
			}
			coded.forEach((report, event) -> assertThat(supporting.get(report))
				.as("the acknowledged coding of report %s", report)
				.containsExactly(event));
			assertChainIntact(api);
		}
	}

	@Test
	@Timeout(value = 12, unit = TimeUnit.MINUTES)
	void aBackupKilledMidwayLeavesNoArchiveAndTheRecordIntact() throws Exception {
		Path data = this.folder.resolve("data");
		Path archive = this.folder.resolve("archives").resolve("marsad.backup");
		Files.createDirectories(archive.getParent());
		List<Uploaded> stored = new ArrayList<>();
		try (ServerProcess server = ServerProcess.start(data, "server.log", database())) {
			ServerApi api = new ServerApi(server.url());
			for (int n = 1; n <= 12; n++) {
				byte[] file = file(n, 4 * 1024 * 1024);
				String text = "تسجيل صوتي لشهادة رقم " + arabicDigits(n) + " عن القصف على مدينة إدلب";
				ServerApi.Answer answer = api.upload(Map.of("text", text), "شهادة-" + n + ".png", "image/png", file);
				assertThat(answer.status()).as(answer.text()).isEqualTo(201);
				stored.add(new Uploaded(answer.json().get("id").asString(), text, sha256(file)));
			}
			Process backup = ServerProcess.command(data, this.folder.resolve("backup.log"), database(), "backup",
					archive.toString(), "--data", data.toString());
			Path part = archive.resolveSibling(archive.getFileName() + ".part");
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (backup.isAlive() && !(Files.exists(part) && Files.size(part) > 1024 * 1024)
					&& System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(backup.isAlive())
				.as("the backup was still writing when killed: " + Files.readString(this.folder.resolve("backup.log")))
				.isTrue();
			backup.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
			assertThat(archive).as("an archive appears only when complete").doesNotExist();
			Path restored = this.folder.resolve("restored");
			Process verify = ServerProcess.command(restored, this.folder.resolve("verify-part.log"), Map.of(),
					"restore", part.toString(), "--verify-only", "--key-file",
					data.resolve("keys/master.key").toString(), "--data", restored.toString());
			assertThat(verify.waitFor(5, TimeUnit.MINUTES)).isTrue();
			assertThat(verify.exitValue()).as("the cut archive is refused").isNotZero();
			for (Uploaded uploaded : stored) {
				JsonNode report = api.get("/api/reports/" + uploaded.id()).json();
				assertThat(report.get("text").asString()).isEqualTo(uploaded.text());
				assertThat(sha256(api.get("/api/attachments/" + uploaded.sha256()).body()))
					.isEqualTo(uploaded.sha256());
			}
			assertChainIntact(api);
			Process complete = ServerProcess.command(data, this.folder.resolve("backup-2.log"), database(), "backup",
					archive.toString(), "--data", data.toString());
			assertThat(complete.waitFor(5, TimeUnit.MINUTES)).isTrue();
			assertThat(complete.exitValue()).as(Files.readString(this.folder.resolve("backup-2.log"))).isZero();
			Process check = ServerProcess.command(restored, this.folder.resolve("verify.log"), Map.of(), "restore",
					archive.toString(), "--verify-only", "--key-file", data.resolve("keys/master.key").toString(),
					"--data", restored.toString());
			assertThat(check.waitFor(5, TimeUnit.MINUTES)).isTrue();
			assertThat(check.exitValue()).as(Files.readString(this.folder.resolve("verify.log"))).isZero();
		}
	}

	/**
	 * Runs the work from several clients until the condition holds, then kills the server
	 * while they still send; a client whose request fails stops.
	 */
	private static void underLoad(BooleanSupplier killWhen, ServerProcess server, Work work) throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int i = 0; i < CLIENTS; i++) {
				clients.submit(() -> {
					while (!killed.get()) {
						try {
							work.run();
						}
						catch (IOException ex) {
							return null;
						}
					}
					return null;
				});
			}
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (!killWhen.getAsBoolean() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			server.kill();
			killed.set(true);
		}
		finally {
			clients.shutdown();
			assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
		}
	}

	private static void catalogue(ServerApi api) throws Exception {
		Map<String, Object> governorate = new LinkedHashMap<>();
		governorate.put("id", "test-deir-ez-zor");
		governorate.put("nameAr", "دير الزور");
		governorate.put("kind", "governorate");
		created(api.postJson("/api/places", governorate));
		Map<String, Object> town = new LinkedHashMap<>(governorate);
		town.put("id", "test-baghuz");
		town.put("nameAr", "الباغوز");
		town.put("kind", "town");
		town.put("parentId", "test-deir-ez-zor");
		created(api.postJson("/api/places", town));
		created(api.postJson("/api/actors", Map.of("id", "test-sdf", "nameAr", "قوات سوريا الديمقراطية")));
	}

	private static Map<String, Object> coding() {
		return CodedRecords.coding("خروج المدنيين من الجيب المحاصر في الباغوز");
	}

	private static String created(ServerApi.Answer answer) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	private static List<JsonNode> all(ServerApi api, String path) throws Exception {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode answer = api.get(path + "?size=100&page=" + page).json();
			answer.get("items").forEach(items::add);
			if (answer.get("items").isEmpty() || items.size() >= answer.get("total").asLong()) {
				return items;
			}
		}
	}

	private static JsonNode found(ServerApi api, String path) throws Exception {
		ServerApi.Answer answer = api.get(path);
		assertThat(answer.status()).as("acknowledged, then %s: %s", path, answer.text()).isEqualTo(200);
		return answer.json();
	}

	private static long entries(ServerApi api, String kind, String id) throws Exception {
		return api.get("/api/audit?kind=" + kind + "&record=" + id).json().get("total").asLong();
	}

	private static void assertChainIntact(ServerApi api) throws Exception {
		ServerApi.Answer check = api.get("/api/audit/verify");
		assertThat(check.status()).isEqualTo(200);
		assertThat(check.json().get("breaks")).as(check.text()).isEmpty();
	}

	private static Set<String> storedFiles(Path root) throws IOException {
		Set<String> names = new HashSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				assertThat(sha256(Files.readAllBytes(file))).as("file %s is whole", file).isEqualTo(name);
				names.add(name);
			}
		}
		return names;
	}

	/** A PNG signature, then random bytes, different for each number. */
	private static byte[] file(int n, int size) {
		byte[] bytes = new byte[size];
		new Random(n * 7919L + size).nextBytes(bytes);
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		System.arraycopy(signature, 0, bytes, 0, signature.length);
		return bytes;
	}

	private static String arabicDigits(int n) {
		StringBuilder digits = new StringBuilder();
		for (char c : Integer.toString(n).toCharArray()) {
			digits.append((char) ('٠' + (c - '0')));
		}
		return digits.toString();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One client request. */
	@FunctionalInterface
	interface Work {

		void run() throws IOException, InterruptedException;

	}

	/** A report the server acknowledged. */
	record Uploaded(String id, String text, String sha256) {
	}

}
