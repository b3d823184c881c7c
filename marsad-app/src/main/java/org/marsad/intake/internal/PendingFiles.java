package org.marsad.intake.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.intake.Upload;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the attachment store in step with the database. Files are written before the rows
 * that point at them are committed; when the transaction rolls back, the files it wrote
 * are removed again.
 * <ul>
 * <li>a file is removed only when no committed row points at it and no other open
 * transaction is storing the same content</li>
 * <li>should the process die between writing and committing, {@link AttachmentSweep}
 * removes the orphan at the next start</li>
 * </ul>
 */
class PendingFiles {

	private final AttachmentStore store;

	private final AttachmentRepository attachments;

	private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

	PendingFiles(AttachmentStore store, AttachmentRepository attachments) {
		this.store = store;
		this.attachments = attachments;
	}

	/**
	 * Stores an upload within the current transaction.
	 * @param upload the upload
	 * @return the stored content
	 */
	AttachmentStore.Stored store(Upload upload) {
		AttachmentStore.Stored stored = this.store.store(upload);
		this.inFlight.merge(stored.sha256(), 1, Integer::sum);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				settle(stored, status == STATUS_COMMITTED);
			}
		});
		return stored;
	}

	private synchronized void settle(AttachmentStore.Stored stored, boolean committed) {
		Integer left = this.inFlight.merge(stored.sha256(), -1, Integer::sum);
		if (left != null && left <= 0) {
			this.inFlight.remove(stored.sha256());
			left = 0;
		}
		if (!committed && stored.created() && left == 0 && !this.attachments.exists(stored.sha256())) {
			this.store.delete(stored.sha256());
		}
	}

}
