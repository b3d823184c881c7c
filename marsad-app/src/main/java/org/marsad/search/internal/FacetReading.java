package org.marsad.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.marsad.search.SearchResults.FacetCount;
import org.marsad.search.Viewer;

/**
 * Counts facet values over every match of a query.
 * <ul>
 * <li>Dimensions: every keyword field of {@link SearchFields} that has values among the
 * matches; {@code source} only for viewers who see sources, {@code confidentiality} only
 * for viewers who see internal records. The matches are already limited to what the
 * viewer may see, so no count includes a record hidden from them.</li>
 * <li>Up to {@value #FACET_VALUES} values per dimension, the most frequent first.</li>
 * <li>Place and actor values are catalogue ids, with the name as label.</li>
 * </ul>
 */
final class FacetReading {

	private static final int FACET_VALUES = 20;

	private final FacetsConfig config;

	private volatile FacetState facetState;

	FacetReading(FacetsConfig config) {
		this.config = config;
	}

	Map<String, List<FacetCount>> counts(IndexReader reader, FacetsCollector collector, Viewer viewer)
			throws IOException {
		SortedSetDocValuesReaderState state = state(reader);
		if (state == null) {
			return Map.of();
		}
		Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
		Map<String, List<FacetCount>> result = new LinkedHashMap<>();
		for (String dimension : SearchFields.KEYWORDS) {
			if (shown(dimension, viewer)) {
				List<FacetCount> values = values(counts, dimension);
				if (!values.isEmpty()) {
					result.put(dimension, values);
				}
			}
		}
		return result;
	}

	private static boolean shown(String dimension, Viewer viewer) {
		if (SearchFields.SOURCE.equals(dimension)) {
			return viewer.seesSources();
		}
		if (SearchFields.CONFIDENTIALITY.equals(dimension)) {
			return viewer.seesInternal();
		}
		return true;
	}

	private static List<FacetCount> values(Facets counts, String dimension) throws IOException {
		FacetResult top;
		try {
			top = counts.getTopChildren(FACET_VALUES, dimension);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
		if (top == null) {
			return List.of();
		}
		List<FacetCount> values = new ArrayList<>(top.labelValues.length);
		for (LabelAndValue value : top.labelValues) {
			values.add(count(value.label, value.value.longValue()));
		}
		return values;
	}

	private static FacetCount count(String stored, long count) {
		int separator = stored.indexOf(SearchFields.LABEL_SEPARATOR);
		if (separator < 0) {
			return new FacetCount(stored, count);
		}
		return new FacetCount(stored.substring(0, separator), count, stored.substring(separator + 1));
	}

	/**
	 * The facet ordinals of a reader, built once per reader as they are costly; none for
	 * an index without facet values.
	 */
	private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		FacetState current = this.facetState;
		if (current == null || current.reader() != reader) {
			SortedSetDocValuesReaderState state;
			try {
				state = new DefaultSortedSetDocValuesReaderState(reader, this.config);
			}
			catch (IllegalArgumentException ex) {
				state = null;
			}
			current = new FacetState(reader, state);
			this.facetState = current;
		}
		return current.state();
	}

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

}
