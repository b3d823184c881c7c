package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.marsad.text.DateMention;
import org.marsad.text.normalize.FoldedText;

/**
 * The recogniser never throws and keeps its spans inside the text, whatever it is given.
 */
class DateRecognizerRobustnessTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	/**
	 * Characters and words that random texts are drawn from, dates and near-dates among
	 * them.
	 */
	private static final String[] PIECES = { "في", " ", "من", "و", "الـ", "31", "0", "2019", "99999999999", "/", "-",
			".", "،", "كانون", "الثاني", "شباط", "رمضان", "1440", "هـ", "م", "منذ", "حتى", "بين", "قبل", "يومين",
			"أيام", "الماضي", "القادم", "الأسبوع", "الشهر", "الخميس", "الأحد", "عشر", "الحادي", "والعشرين", "ألف",
			"اليوم", "التالي", "مطلع", "أواخر", "January", "Jan", "last", "ago", "\u0640", "\u064E", "\uD83D", "\uDE00",
			"\u0000", "٢٠١٩", "١٢", "9999", "0000", "13/13/13", "29", "2" };

	private final DateRecognizer recognizer = new DateRecognizer();

	@Test
	void survivesRandomTexts() {
		Random random = new Random(20190131L);
		for (int n = 0; n < 2000; n++) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(40);
			for (int k = 0; k < pieces; k++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
				if (random.nextBoolean()) {
					text.append(' ');
				}
			}
			assertSpansInside(text.toString(), PUBLISHED.plusDays(random.nextInt(40000) - 20000L));
		}
	}

	@Test
	void survivesRandomCharacters() {
		Random random = new Random(7L);
		for (int n = 0; n < 500; n++) {
			char[] chars = new char[random.nextInt(200)];
			for (int k = 0; k < chars.length; k++) {
				chars[k] = (char) random.nextInt(Character.MAX_VALUE + 1);
			}
			assertSpansInside(new String(chars), PUBLISHED);
		}
	}

	@Test
	void survivesExtremePublicationDates() {
		String text = "منذ 19 كانون الأول وحتى اليوم وقبل 9999 عام و 5 رمضان وأمس وغداً والأسبوع المقبل والعام الماضي "
				+ "يوم الأحد الماضي واليوم التالي ومطلع العام القادم";
		assertSpansInside(text, LocalDate.MIN);
		assertSpansInside(text, LocalDate.MAX);
		assertSpansInside(text, LocalDate.of(1, 1, 1));
	}

	@Test
	void readsEveryDateOfAHugeText() {
		String sentence = "نزح الآلاف منذ 19 كانون الأول وحتى 30 كانون الثاني. ";
		String text = sentence.repeat(20000);
		List<DateMention> mentions = this.recognizer.find(FoldedText.of(text), PUBLISHED);
		assertThat(mentions).hasSize(20000);
	}

	@Test
	void givesTheSameMentionsWhenSharedBetweenThreads() {
		List<String> texts = IntStream.range(0, 400)
			.mapToObj((n) -> "نزح الآلاف منذ " + (n % 28 + 1) + " كانون الأول وحتى اليوم، وقُتل " + n
					+ " شخصاً يوم الخميس الماضي")
			.toList();
		List<List<DateMention>> sequential = texts.stream().map(this::find).toList();
		List<List<DateMention>> parallel = texts.parallelStream().map(this::find).toList();
		assertThat(parallel).isEqualTo(sequential);
	}

	@Test
	void readsNothingInAnEmptyText() {
		assertThat(this.recognizer.find(FoldedText.of(""), PUBLISHED)).isEmpty();
	}

	private List<DateMention> find(String text) {
		return this.recognizer.find(FoldedText.of(text), PUBLISHED);
	}

	private void assertSpansInside(String text, LocalDate published) {
		List<DateMention> mentions = this.recognizer.find(FoldedText.of(text), published);
		for (DateMention mention : mentions) {
			assertThat(mention.start()).isBetween(0, mention.end());
			assertThat(mention.end()).isLessThanOrEqualTo(text.length());
			assertThat(mention.text()).isEqualTo(text.substring(mention.start(), mention.end()));
			assertThat(mention.from()).as(text).isBeforeOrEqualTo(mention.to());
		}
	}

}
