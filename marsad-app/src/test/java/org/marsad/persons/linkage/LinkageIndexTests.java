package org.marsad.persons.linkage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkageIndexTests {

	private static PersonRecord person(String id, String name, Sex sex, Integer year, List<String> household) {
		return new PersonRecord(id, name, List.of(), sex, year, 0, "IQ", "الموصل", household);
	}

	private LinkageIndex index() {
		LinkageIndex index = new LinkageIndex(LinkageModel.defaults());
		index.add(person("1", "محمد أحمد علي الجبوري", Sex.MALE, 1980, List.of("فاطمة حسن", "علي محمد")));
		index.add(person("2", "خالد أحمد علي الجبوري", Sex.MALE, 1984, List.of("زينب محمود")));
		index.add(person("3", "فاطمة حسن عمر العبيدي", Sex.FEMALE, 1982, List.of("محمد أحمد", "علي محمد")));
		return index;
	}

	@Test
	void findsTheSamePersonSpelledWithHamzaAndWithoutTheGrandfather() {
		PersonRecord entered = person("9", "محمّد احمد الجبوري", Sex.MALE, 1981, List.of("فاطمه حسن"));
		List<Match> matches = index().candidates(entered);
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).otherId()).isEqualTo("1");
		assertThat(matches.get(0).decision()).isEqualTo(Decision.MATCH);
	}

	@Test
	void findsTheSamePersonWrittenInLatin() {
		PersonRecord entered = new PersonRecord("9", "Mohammed Ahmad Ali al-Jubouri", List.of(), Sex.MALE, 1980, 2,
				"IQ", null, List.of());
		List<Match> matches = index().candidates(entered);
		assertThat(matches).extracting(Match::otherId).first().isEqualTo("1");
	}

	@Test
	void doesNotMatchABrother() {
		PersonRecord entered = person("9", "خالد أحمد علي الجبوري", Sex.MALE, 1984, List.of());
		List<Match> matches = index().candidates(entered);
		assertThat(matches).filteredOn((match) -> match.decision() == Decision.MATCH)
			.extracting(Match::otherId)
			.containsExactly("2");
	}

	@Test
	void explainsEveryFieldOfAMatch() {
		Match match = index().candidates(person("9", "محمد أحمد علي الجبوري", Sex.MALE, 1980, List.of())).get(0);
		assertThat(match.evidence()).extracting(FieldEvidence::field).containsExactly(ComparisonField.values());
		assertThat(match.evidence().get(0).level()).isEqualTo("exact");
		assertThat(match.evidence().get(0).weight()).isPositive();
		assertThat(match.evidence().get(ComparisonField.HOUSEHOLD.ordinal()).weight()).isZero();
	}

	@Test
	void forgetsRemovedRecords() {
		LinkageIndex index = index();
		assertThat(index.remove("1")).isTrue();
		assertThat(index.candidates(person("9", "محمد أحمد علي الجبوري", Sex.MALE, 1980, List.of())))
			.extracting(Match::otherId)
			.doesNotContain("1");
		assertThat(index.size()).isEqualTo(2);
	}

	@Test
	void pairsEachDuplicateOnce() {
		LinkageIndex index = index();
		index.add(person("4", "محمد احمد علي الجبوري", Sex.MALE, 1980, List.of()));
		List<LinkedPair> pairs = index.pairs();
		assertThat(pairs).filteredOn((pair) -> pair.decision() == Decision.MATCH)
			.extracting((pair) -> pair.leftId() + "-" + pair.rightId())
			.containsExactly("1-4");
		assertThat(index.clusters()).containsExactly(List.of("1", "4"));
	}

	@Test
	void matchesARecordWhoseSourceSwappedFatherAndGrandfather() {
		LinkageIndex index = index();
		Match swapped = index.compare(person("1", "محمد أحمد علي الجبوري", Sex.MALE, 1980, List.of()),
				person("9", "محمد علي أحمد", Sex.MALE, 1980, List.of()));
		assertThat(swapped.evidence().get(ComparisonField.FATHER.ordinal()).level()).isEqualTo("shifted");
		assertThat(index.candidates(person("9", "محمد علي أحمد", Sex.MALE, 1980, List.of()))).extracting(Match::otherId)
			.contains("1");
	}

	@Test
	void readsAFamilyNameWhoseArticleWasMistypedAsClose() {
		Match match = index().compare(person("1", "محمد أحمد علي الجبوري", Sex.MALE, 1980, List.of()),
				person("9", "محمد أحمد علي لاجبوري", Sex.MALE, 1980, List.of()));
		assertThat(match.evidence().get(ComparisonField.LINEAGE.ordinal()).level()).isEqualTo("close");
	}

	@Test
	void doesNotCountAMemberOfAnotherFamilyAsShared() {
		LinkageIndex index = index();
		Match match = index.compare(person("1", "محمد أحمد علي الجبوري", Sex.MALE, 1980, List.of("علي الجبوري")),
				person("9", "محمد أحمد علي الجبوري", Sex.MALE, 1980, List.of("علي العبيدي")));
		assertThat(match.evidence().get(ComparisonField.HOUSEHOLD.ordinal()).level()).isEqualTo("none_shared");
	}

}
