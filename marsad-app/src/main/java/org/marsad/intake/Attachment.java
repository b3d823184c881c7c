package org.marsad.intake;

/**
 * A file attached to a report.
 *
 * @param sha256 the SHA-256 of the content in lower-case hex, its address in the store
 * @param fileName the sanitised original name, for display and downloads only
 * @param mediaType the media type detected from the content
 * @param size the size in bytes
 */
public record Attachment(String sha256, String fileName, String mediaType, long size) {

	/** Whether browsers can play it in an {@code <audio>} element. */
	public boolean audio() {
		return this.mediaType.startsWith("audio/");
	}

	/** Whether browsers can show it in an {@code <img>} element. */
	public boolean image() {
		return this.mediaType.startsWith("image/");
	}

}
