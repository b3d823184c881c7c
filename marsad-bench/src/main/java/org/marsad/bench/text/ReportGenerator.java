package org.marsad.bench.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates report paragraphs in the style of monitors' reporting on north-east Syria
 * (displacement, arrests, strikes, deaths, convoys), deterministically from a seed, so
 * that every run measures the same text.
 *
 * <ul>
 * <li>four paragraphs in five are Arabic, one is English</li>
 * <li>a paragraph is sentences drawn from templates until it reaches the target length
 * (about 1,000 characters)</li>
 * <li>numbers are written with ASCII or Arabic-Indic digits, some with a qualifier or as
 * vague quantities; some words carry diacritics or tatweel</li>
 * </ul>
 */
public final class ReportGenerator {

	private static final String[] PLACES_AR = { "الباغوز", "هجين", "السوسة", "الشعفة", "مخيم الهول", "الحسكة",
			"القامشلي", "الرقة", "منبج", "عين العرب", "رأس العين", "تل أبيض", "دير الزور", "البصيرة", "الشحيل", "ذيبان",
			"عين عيسى", "تل تمر", "سجن غويران", "حقل العمر" };

	private static final String[] PLACES_EN = { "Baghuz", "Hajin", "al-Hol camp", "Hasakah", "Qamishli", "Raqqa",
			"Manbij", "Kobani", "Ras al-Ain", "Tell Abyad", "Deir ez-Zor", "Ain Issa" };

	private static final String[] ACTORS_AR = { "قوات سوريا الديمقراطية", "تنظيم داعش", "التحالف الدولي",
			"قوات النظام السوري", "الجيش التركي", "القوات الأمريكية", "هيئة تحرير الشام", "الجيش الوطني السوري" };

	private static final String[] ACTORS_EN = { "the SDF", "ISIS", "the Coalition", "Syrian government forces",
			"the Turkish army", "US forces" };

	private static final String[] QUALIFIERS_AR = { "", "", "نحو ", "أكثر من ", "ما لا يقل عن ", "قرابة ", "حوالي " };

	private static final String[] VAGUE_AR = { "عشرات", "مئات", "آلاف", "عدة" };

	private static final String[] DATES_AR = { "يوم أمس", "اليوم", "يوم الثلاثاء", "مساء الجمعة", "يوم 23 كانون الثاني",
			"في الخامس من شباط", "منذ مطلع الشهر الجاري", "خلال الأسبوع الفائت" };

	private static final String[] DATES_EN = { "yesterday", "on Tuesday", "on 3 March", "since 1 December",
			"last week" };

	private static final String[] NATIONALITIES_AR = { "العراقية", "السورية", "الروسية" };

	private static final String[] SENTENCES_AR = {
			"ووثق المرصد خروج {n} شخصاً من بلدة {p} {d}، ونقلوا إلى مخيمات منطقة الهول.",
			"ورصد المرصد نزوح {n} عائلة من الجنسية {c} من {p} باتجاه مناطق سيطرة {a}.",
			"واعتقلت {a} {v} آخرين في {p} {d} بتهمة الانتماء لخلايا التنظيم.",
			"وشنّت طائرات {a} {n} غارة على مواقع في {p} {d}، ما أدى إلى مقتل {n} مدنياً وإصابة {n} آخرين.",
			"وقُتِلَ {n} عنصراً من {a} في اشتباكات عنيفة على أطراف {p} {d}.",
			"ووصلت قافلة تضم {n} شاحنة محملة بمواد لوجستية إلى {p} قادمة من الأراضي العراقية.",
			"وسلّم {n} عنصراً من التنظيم أنفسهم لـ{a} في محيط {p}.",
			"وعاد {n} شخصاً إلى منازلهم في {p} بعد توقف القصف، بينهم {n} طفلاً.",
			"وطالبت منظمات إنسانية بفتح ممرات آمنة للمدنيين المحاصرين في {p}.",
			"ولا يزال {n} شخص عالقين داخل {p} وسط أوضاع إنسانية صعبة ونقص حاد في الغذاء والدواء.",
			"وتشهد المنطقة حركة نزوح متواصلة منذ أيام، في ظل غياب أي أرقام رسمية عن أعداد الخارجين." };

	private static final String[] SENTENCES_EN = {
			"More than {n} families fled {p} {d} and reached screening points run by {a}.",
			"{a} arrested {n} people in {p} {d} on suspicion of links to ISIS.",
			"Airstrikes by {a} on {p} killed at least {n} civilians and injured {n} others {d}.",
			"A convoy of {n} trucks entered {p} {d}, according to local sources.",
			"About {n} people were transferred from {p} to al-Hol camp {d}.",
			"Humanitarian organisations appealed for safe corridors out of {p}." };

	private final Random random;

	private final int targetLength;

	/**
	 * A generator.
	 * @param seed the seed
	 * @param targetLength the length a paragraph reaches at least, in characters
	 */
	public ReportGenerator(long seed, int targetLength) {
		this.random = new Random(seed);
		this.targetLength = targetLength;
	}

	/**
	 * Generates paragraphs.
	 * @param count how many
	 * @return the paragraphs
	 */
	public List<String> paragraphs(int count) {
		List<String> paragraphs = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			paragraphs.add(paragraph());
		}
		return paragraphs;
	}

	/**
	 * Generates one text of at least a given length, paragraph after paragraph.
	 * @param length the length in characters
	 * @return the text
	 */
	public String text(int length) {
		StringBuilder text = new StringBuilder(length + this.targetLength * 2);
		while (text.length() < length) {
			text.append(paragraph()).append('\n');
		}
		return text.toString();
	}

	/** Generates one paragraph. */
	public String paragraph() {
		boolean english = this.random.nextInt(5) == 0;
		String[] sentences = english ? SENTENCES_EN : SENTENCES_AR;
		StringBuilder paragraph = new StringBuilder(this.targetLength + 200);
		while (paragraph.length() < this.targetLength) {
			if (paragraph.length() > 0) {
				paragraph.append(' ');
			}
			paragraph.append(fill(pick(sentences), english));
		}
		return paragraph.toString();
	}

	private String fill(String template, boolean english) {
		StringBuilder out = new StringBuilder(template.length() + 64);
		int i = 0;
		while (i < template.length()) {
			char c = template.charAt(i);
			if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
				out.append(slot(template.charAt(i + 1), english));
				i += 3;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	private String slot(char kind, boolean english) {
		return switch (kind) {
			case 'n' -> english ? String.valueOf(number()) : arabicNumber();
			case 'v' -> pick(VAGUE_AR);
			case 'p' -> english ? pick(PLACES_EN) : pick(PLACES_AR);
			case 'a' -> english ? pick(ACTORS_EN) : pick(ACTORS_AR);
			case 'd' -> english ? pick(DATES_EN) : pick(DATES_AR);
			case 'c' -> pick(NATIONALITIES_AR);
			default -> throw new IllegalArgumentException("unknown slot " + kind);
		};
	}

	private String arabicNumber() {
		String digits = String.valueOf(number());
		if (this.random.nextInt(4) == 0) {
			StringBuilder indic = new StringBuilder(digits.length());
			for (int i = 0; i < digits.length(); i++) {
				indic.append((char) ('\u0660' + (digits.charAt(i) - '0')));
			}
			digits = indic.toString();
		}
		return pick(QUALIFIERS_AR) + digits;
	}

	private int number() {
		int magnitude = this.random.nextInt(4);
		int base = (magnitude == 0) ? 10 : (magnitude == 1) ? 100 : (magnitude == 2) ? 1000 : 20000;
		return 1 + this.random.nextInt(base);
	}

	private String pick(String[] options) {
		return options[this.random.nextInt(options.length)];
	}

}
