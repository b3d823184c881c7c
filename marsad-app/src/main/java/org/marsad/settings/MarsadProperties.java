package org.marsad.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings read from {@code marsad.*} properties, or the {@code MARSAD_*} environment.
 *
 * @param data the data folder: H2 database, attachment store and search index
 * @param maxReportText the largest report text accepted (UTF-8 bytes)
 * @param maxUpload the largest attachment accepted
 * @param adminPassword the password of the first {@code admin} account; generated when
 * empty
 */
@ConfigurationProperties("marsad")
public record MarsadProperties(@DefaultValue("./marsad-data") Path data, @DefaultValue("1MB") DataSize maxReportText,
		@DefaultValue("200MB") DataSize maxUpload, String adminPassword) {

	/** The folder holding attachments, by SHA-256. */
	public Path attachments() {
		return this.data.resolve("attachments");
	}

}
