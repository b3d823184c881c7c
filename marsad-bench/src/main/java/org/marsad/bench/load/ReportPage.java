package org.marsad.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;

import tools.jackson.databind.JsonNode;

/**
 * One page of the report listing, read from the shapes a Spring API commonly answers
 * with.
 * <ul>
 * <li>a bare JSON array of reports</li>
 * <li>an object with the reports in {@code content} (Spring Data's {@code Page} and
 * {@code PagedModel}), or else in its first array-valued field (Marsad's
 * {@code items})</li>
 * <li>where the listing ends, when the answer says: {@code totalPages} (at the top or
 * under {@code page}), or {@code total} and {@code size}; {@code last: true} or
 * {@code hasNext: false}</li>
 * </ul>
 *
 * @param items the reports on the page
 * @param totalPages the number of pages, if the answer says
 * @param last whether the answer says this is the last page
 */
record ReportPage(List<ListedReport> items, OptionalInt totalPages, boolean last) {

	static ReportPage read(JsonNode root) {
		JsonNode array = root.isArray() ? root : itemsOf(root);
		List<ListedReport> items = new ArrayList<>();
		for (JsonNode item : array.values()) {
			items.add(ListedReport.of(item));
		}
		JsonNode paging = root.path("page").isObject() ? root.get("page") : root;
		boolean last = root.path("last").asBoolean(false) || !root.path("hasNext").asBoolean(true);
		return new ReportPage(items, totalPages(paging), last);
	}

	private static OptionalInt totalPages(JsonNode paging) {
		if (paging.path("totalPages").isNumber()) {
			return OptionalInt.of(paging.get("totalPages").asInt());
		}
		if (paging.path("total").isNumber() && paging.path("size").asInt(0) > 0) {
			long total = paging.get("total").asLong();
			long size = paging.get("size").asLong();
			return OptionalInt.of((int) Math.max(1, (total + size - 1) / size));
		}
		return OptionalInt.empty();
	}

	private static JsonNode itemsOf(JsonNode root) {
		if (root.path("content").isArray()) {
			return root.get("content");
		}
		for (Map.Entry<String, JsonNode> field : root.properties()) {
			if (field.getValue().isArray()) {
				return field.getValue();
			}
		}
		throw new IllegalStateException("the report listing holds no array of reports: " + root.propertyNames());
	}

	/**
	 * A report as listed.
	 *
	 * @param id its id
	 * @param markers the load-test markers found in any of its fields
	 */
	record ListedReport(String id, Set<String> markers) {

		static ListedReport of(JsonNode item) {
			JsonNode id = item.get("id");
			Set<String> markers = new LinkedHashSet<>();
			Matcher matcher = ReportSubmission.MARKER.matcher(item.toString());
			while (matcher.find()) {
				markers.add(matcher.group());
			}
			return new ListedReport((id == null || id.isNull()) ? null : id.asString(), markers);
		}

	}

}
