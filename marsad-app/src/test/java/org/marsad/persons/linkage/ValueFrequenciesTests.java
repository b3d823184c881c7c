package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFrequenciesTests {

	private static PersonRecord person(String id, String name) {
		return new PersonRecord(id, name, List.of(), Sex.MALE, 1980, 0, "IQ", "الموصل", List.of());
	}

	/** Thirty men named «محمد» and ten men with other, rarer given names. */
	private LinkageIndex index() {
		List<PersonRecord> records = new ArrayList<>();
		String[] fathers = { "أحمد", "علي", "حسن", "عمر", "خالد", "إبراهيم" };
		for (int i = 0; i < 30; i++) {
			records.add(person("m" + i, "محمد " + fathers[i % fathers.length] + " سالم العبيدي"));
		}
		String[] rare = { "جليبيب", "نعمان", "سنيد", "طائل", "ناجح", "شريتح", "عطيش", "قبلان", "ياسين", "مرسي" };
		for (int i = 0; i < rare.length; i++) {
			records.add(person("r" + i, rare[i] + " " + fathers[i % fathers.length] + " سالم العبيدي"));
		}
		LinkageIndex index = new LinkageIndex(LinkageModel.defaults());
		index.addAll(records);
		return index;
	}

	@Test
	void agreementOnACommonGivenNameWeighsLessThanOnARareOne() {
		LinkageIndex index = index();
		Match common = index.compare(person("a", "محمد أحمد سالم العبيدي"), person("b", "مُحمّد أحمد سالم العبيدي"));
		Match rare = index.compare(person("a", "جليبيب أحمد سالم العبيدي"), person("b", "جليبيب احمد سالم العبيدي"));
		double commonGiven = common.evidence().get(ComparisonField.GIVEN.ordinal()).weight();
		double rareGiven = rare.evidence().get(ComparisonField.GIVEN.ordinal()).weight();
		assertThat(commonGiven).isLessThan(rareGiven);
		assertThat(common.weight()).isLessThan(rare.weight());
	}

	@Test
	void keepsTheAdjustmentWithinItsCap() {
		LinkageIndex index = index();
		double plain = LinkageModel.defaults().weight(ComparisonField.GIVEN, ComparisonField.GIVEN.levels().size() - 1);
		Match rare = index.compare(person("a", "جليبيب أحمد سالم العبيدي"), person("b", "جليبيب أحمد سالم العبيدي"));
		assertThat(rare.evidence().get(ComparisonField.GIVEN.ordinal()).weight())
			.isLessThanOrEqualTo(plain + ValueFrequencies.CAP + 1e-9);
	}

}
