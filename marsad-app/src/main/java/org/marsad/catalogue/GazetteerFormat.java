package org.marsad.catalogue;

import java.util.Locale;

/**
 * The gazetteer files the catalogue imports, read by the text engine's importers
 * ({@code org.marsad.text.places}). The code is the {@code origin} of imported places.
 */
public enum GazetteerFormat {

	/**
	 * OpenSyria's {@code governorates.json}, {@code districts.json} and
	 * {@code subdistricts.json}, read together from their folder.
	 */
	OPEN_SYRIA,

	/** An OCHA Common Operational Dataset admin table (CSV). */
	OCHA_COD,

	/** A GeoNames dump such as {@code SY.txt} (tab-separated). */
	GEONAMES,

	/** The Syrian Archive's {@code locations.json}. */
	SYRIAN_ARCHIVE,

	/** Marsad's own tab-separated table, the format of the starter gazetteer. */
	TABLE;

	/**
	 * The code used on the command line and as the origin of places, e.g.
	 * {@code open-syria}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the format
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static GazetteerFormat ofCode(String code) {
		for (GazetteerFormat format : values()) {
			if (format.code().equals(code)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown gazetteer format '" + code + "'");
	}

	/**
	 * Whether an origin is one of the import formats, rather than {@code starter} or
	 * {@code curated}.
	 * @param origin the origin of a place
	 * @return whether it was imported
	 */
	public static boolean isImported(String origin) {
		for (GazetteerFormat format : values()) {
			if (format.code().equals(origin)) {
				return true;
			}
		}
		return false;
	}

}
