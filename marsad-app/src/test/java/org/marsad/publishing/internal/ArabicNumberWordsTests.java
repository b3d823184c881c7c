package org.marsad.publishing.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic numbers in words, on the figures of real bulletins (DESIGN's example: 36,250
 * people, 23,200 Iraqis, more than 6,000 families, 3,370 arrested) and the agreement
 * rules one by one.
 */
class ArabicNumberWordsTests {

	@ParameterizedTest
	@CsvSource({ "3200, ثلاثة آلاف ومئتان", "23200, ثلاثة وعشرون ألفاً ومئتان", "3370, ثلاثة آلاف وثلاثمئة وسبعون",
			"100000, مئة ألف", "2000, ألفان", "1000, ألف", "11000, أحد عشر ألفاً", "1001000, مليون وألف",
			"2500000, مليونان وخمسمئة ألف", "25, خمسة وعشرون", "0, صفر" })
	void writesNumbersAlone(long n, String words) {
		assertThat(ArabicNumberWords.words(n)).isEqualTo(words);
	}

	@ParameterizedTest
	@CsvSource({ "36250, ستة وثلاثون ألفاً ومئتان وخمسون شخصاً", "3200, ثلاثة آلاف ومئتا شخص", "2000, ألفا شخص",
			"1000, ألف شخص", "11000, أحد عشر ألف شخص", "3, ثلاثة أشخاص", "10, عشرة أشخاص", "13, ثلاثة عشر شخصاً",
			"1, شخص واحد", "2, شخصان", "22, اثنان وعشرون شخصاً", "101, مئة وواحد شخصاً", "200, مئتا شخص" })
	void countsAMasculineNoun(long n, String words) {
		assertThat(ArabicNumberWords.words(n, CountedNoun.BY_UNIT.get("person"))).isEqualTo(words);
	}

	@ParameterizedTest
	@CsvSource({ "6000, ستة آلاف عائلة", "3, ثلاث عائلات", "8, ثماني عائلات", "10, عشر عائلات", "11, إحدى عشرة عائلة",
			"12, اثنتا عشرة عائلة", "15, خمس عشرة عائلة", "21, إحدى وعشرون عائلة", "22, اثنتان وعشرون عائلة",
			"1, عائلة واحدة", "2, عائلتان" })
	void countsAFeminineNounWithTheOppositeGenderFromThreeToTen(long n, String words) {
		assertThat(ArabicNumberWords.words(n, CountedNoun.BY_UNIT.get("family"))).isEqualTo(words);
	}

}
