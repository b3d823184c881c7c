package org.marsad.publishing.internal;

/**
 * What was asked for does not exist, or is not published and the reader may not see
 * drafts: the two are answered alike, so that the public learns nothing of drafts.
 */
class NotPublished extends RuntimeException {

	NotPublished() {
		super("not published");
	}

}
