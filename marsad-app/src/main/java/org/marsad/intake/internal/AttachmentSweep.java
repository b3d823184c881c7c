package org.marsad.intake.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Tidies the attachment store at start, before any upload: removes temporary files of
 * uploads cut off by a crash, and stored files that no committed row points at (written
 * by a transaction that never committed).
 */
class AttachmentSweep implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AttachmentSweep.class);

	private final AttachmentStore store;

	private final AttachmentRepository attachments;

	AttachmentSweep(AttachmentStore store, AttachmentRepository attachments) {
		this.store = store;
		this.attachments = attachments;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		this.store.clearTemporary();
		Path root = this.store.root();
		if (!Files.isDirectory(root)) {
			return;
		}
		Set<String> known = this.attachments.hashes();
		List<Path> orphans;
		try (Stream<Path> files = Files.walk(root)) {
			orphans = files.filter(Files::isRegularFile)
				.filter((file) -> AttachmentStore.SHA256.matcher(file.getFileName().toString()).matches())
				.filter((file) -> !known.contains(file.getFileName().toString()))
				.toList();
		}
		for (Path orphan : orphans) {
			this.store.delete(orphan.getFileName().toString());
		}
		if (!orphans.isEmpty()) {
			log.info("Removed {} attachment files that no report refers to", orphans.size());
		}
	}

}
