package org.marsad.catalogue.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceHierarchyTests {

	private final PlaceHierarchy hierarchy = new PlaceHierarchy(parents());

	private static Map<String, String> parents() {
		Map<String, String> parents = new HashMap<>();
		parents.put("SY", null);
		parents.put("SY09", "SY");
		parents.put("SY0903", "SY09");
		parents.put("C5678", "SY0903");
		parents.put("C9999", "SY0999");
		return parents;
	}

	@Test
	void chainRunsFromThePlaceToTheTop() {
		assertThat(this.hierarchy.chain("C5678")).containsExactly("C5678", "SY0903", "SY09", "SY");
	}

	@Test
	void chainEndsAtAParentNotInTheCatalogue() {
		assertThat(this.hierarchy.chain("C9999")).containsExactly("C9999");
	}

	@Test
	void aPlaceCannotLieWithinItsOwnSubPlace() {
		assertThat(this.hierarchy.wouldLoop("SY09", "C5678")).isTrue();
		assertThat(this.hierarchy.wouldLoop("SY09", "SY09")).isTrue();
		assertThat(this.hierarchy.wouldLoop("C5678", "SY09")).isFalse();
	}

	@Test
	void descendantsIncludeTheMissingParentsChildrenOnceItExists() {
		Map<String, String> parents = parents();
		parents.put("SY0999", "SY09");
		assertThat(new PlaceHierarchy(parents).withDescendants(List.of("SY0999"))).containsExactly("SY0999", "C9999");
	}

	@Test
	void descendantsOfTheTopAreEveryConnectedPlace() {
		assertThat(this.hierarchy.withDescendants(List.of("SY"))).containsExactlyInAnyOrder("SY", "SY09", "SY0903",
				"C5678");
	}

	@Test
	void findsCycles() {
		Map<String, String> parents = parents();
		parents.put("SY", "C5678");
		assertThat(new PlaceHierarchy(parents).cycles(List.of("SY", "C9999"))).containsExactly("SY");
	}

}
