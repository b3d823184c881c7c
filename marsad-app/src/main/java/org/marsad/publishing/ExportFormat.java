package org.marsad.publishing;

import java.util.Locale;

/**
 * The formats events are exported in.
 * <ul>
 * <li>{@link #ACLED}: CSV with the columns of the ACLED codebook, one row per
 * event-day</li>
 * <li>{@link #HXL}: CSV with a header row and an HXL 1.1 hashtag row, one row per
 * event</li>
 * <li>{@link #GEOJSON}: an RFC 7946 FeatureCollection, one point feature per event</li>
 * <li>{@link #JSON}: every exportable field of every event</li>
 * </ul>
 */
public enum ExportFormat {

	ACLED("text/csv;charset=UTF-8", "acled.csv"), HXL("text/csv;charset=UTF-8", "hxl.csv"),
	GEOJSON("application/geo+json", "geojson"), JSON("application/json", "json");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/** The code used in URLs, e.g. {@code acled}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The media type of the export. */
	public String mediaType() {
		return this.mediaType;
	}

	/** The end of the file name, e.g. {@code acled.csv}. */
	public String extension() {
		return this.extension;
	}

	/**
	 * Reads a code written by {@link #code()}, in any case.
	 * @param code the code
	 * @return the format
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static ExportFormat ofCode(String code) {
		for (ExportFormat format : values()) {
			if (format.code().equalsIgnoreCase(code.strip())) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown export format");
	}

}
