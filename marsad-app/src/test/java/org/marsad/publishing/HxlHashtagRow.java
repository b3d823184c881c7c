package org.marsad.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a hashtag row against the HXL 1.1 standard (hxlstandard.org, "HXL hashtags and
 * attributes", 1.1 final):
 * <ul>
 * <li>a hashtag is {@code #} and a letter, then letters, digits or underscores;</li>
 * <li>each attribute is {@code +} and a letter, then letters, digits or underscores
 * (whitespace may surround the {@code +});</li>
 * <li>a cell of the hashtag row holds one tag specification or nothing, and at least one
 * cell holds a tag;</li>
 * <li>the hashtag is one of the standard's core hashtags (the dictionary of 1.1);
 * attributes may be core or the data provider's own.</li>
 * </ul>
 */
final class HxlHashtagRow {

	private static final Pattern SPEC = Pattern
		.compile("\\s*#([A-Za-z][A-Za-z0-9_]*)((?:\\s*\\+\\s*[A-Za-z][A-Za-z0-9_]*)*)\\s*");

	private static final Pattern ATTRIBUTE = Pattern.compile("\\+\\s*([A-Za-z][A-Za-z0-9_]*)");

	/** The core hashtags of the HXL 1.1 dictionary. */
	static final Set<String> CORE = Set.of("access", "activity", "adm1", "adm2", "adm3", "adm4", "adm5", "affected",
			"beneficiary", "capacity", "cause", "channel", "contact", "country", "crisis", "currency", "date",
			"description", "event", "frequency", "geo", "group", "impact", "indicator", "inneed", "item", "loc", "meta",
			"modality", "need", "operations", "org", "output", "population", "position", "reached", "region",
			"respondee", "sector", "service", "severity", "status", "subsector", "targeted", "value");

	/** A parsed tag: the hashtag and its attributes, lower case. */
	record Tag(String hashtag, List<String> attributes) {
	}

	private HxlHashtagRow() {
	}

	/**
	 * Parses a hashtag row.
	 * @param cells the row
	 * @return one tag per cell, {@code null} for empty cells
	 * @throws AssertionError naming the first cell that breaks a rule
	 */
	static List<Tag> parse(List<String> cells) {
		List<Tag> tags = new ArrayList<>();
		boolean any = false;
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (cell == null || cell.isBlank()) {
				tags.add(null);
				continue;
			}
			Matcher spec = SPEC.matcher(cell);
			if (!spec.matches()) {
				throw new AssertionError("column " + i + ": not an HXL tag specification: " + cell);
			}
			String hashtag = spec.group(1).toLowerCase();
			if (!CORE.contains(hashtag)) {
				throw new AssertionError("column " + i + ": not a core HXL hashtag: #" + hashtag);
			}
			List<String> attributes = new ArrayList<>();
			Matcher attribute = ATTRIBUTE.matcher(spec.group(2));
			while (attribute.find()) {
				attributes.add(attribute.group(1).toLowerCase());
			}
			tags.add(new Tag(hashtag, attributes));
			any = true;
		}
		if (!any) {
			throw new AssertionError("no hashtag in the row");
		}
		return tags;
	}

}
