package org.marsad.text.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.marsad.text.NumberMention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.marsad.text.numbers.Recognized.in;

class RobustnessTests {

	private static final int MEGABYTE = 1 << 20;

	private static final String ALPHABET = "0123456789٠١٢٣٤٥٦٧٨٩,.،٬٫/-:%٪ eE^+ابتثجحخدذرسشصضطظعغفقكلمنهويةىءأإآؤئـًٌٍَُِّْmMF\n";

	@Test
	void readsNothingInEmptyText() {
		assertThat(in("")).isEmpty();
	}

	@Test
	void survivesAMegabyteOfDigits() {
		assertThat(in("7".repeat(MEGABYTE))).isEmpty();
	}

	@Test
	void survivesAMegabyteOfPunctuation() {
		assertThat(in(".,;:!?-/%()[]".repeat(MEGABYTE / 13))).isEmpty();
	}

	@Test
	void survivesAMegabyteOfDigitGroups() {
		assertThatNoException().isThrownBy(() -> in("1,2.3/4-5:6 ".repeat(MEGABYTE / 12)));
	}

	@Test
	void survivesAMegabyteOfRandomCharacters() {
		Random random = new Random(42);
		StringBuilder text = new StringBuilder(MEGABYTE);
		for (int i = 0; i < MEGABYTE; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		assertThatNoException().isThrownBy(() -> in(text.toString()));
	}

	@Test
	void survivesAMegabyteOfRandomUnicode() {
		Random random = new Random(7);
		StringBuilder text = new StringBuilder(MEGABYTE);
		for (int i = 0; i < MEGABYTE; i++) {
			text.append((char) random.nextInt(Character.MAX_VALUE + 1));
		}
		assertThatNoException().isThrownBy(() -> in(text.toString()));
	}

	@Test
	void readsEveryNumberOfATenMegabyteText() {
		String sentence = "منذ الأول من كانون الأول، وثّقت الشبكة خروج أكثر من 6000 عائلة من الجيب المحاصر "
				+ "ونقلها إلى مخيم الهول، بينما بقي عشرات الآلاف في البلدات المجاورة حتى عام 2019. ";
		int copies = 10 * MEGABYTE / sentence.length();
		assertThat(in(sentence.repeat(copies))).hasSize(2 * copies);
	}

	@Test
	void givesTheSameAnswersOnManyThreads() throws Exception {
		String text = "قتل خمسة وعشرون مدنياً وأصيب نحو 300 في أكثر من 20 غارة. ".repeat(1000);
		List<NumberMention> expected = in(text);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<NumberMention>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> in(text)));
			}
			for (Future<List<NumberMention>> answer : answers) {
				assertThat(answer.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
