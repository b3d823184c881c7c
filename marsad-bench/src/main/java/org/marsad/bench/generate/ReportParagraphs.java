package org.marsad.bench.generate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Generates Arabic report paragraphs in the style of field monitors, for load tests and
 * benchmarks that need realistic text in bulk.
 * <ul>
 * <li>deterministic: the same seed and sequence number always give the same paragraph,
 * whatever the thread or the order of calls</li>
 * <li>about 1 KB of UTF-8 per paragraph: sentences are added until {@link #TARGET_BYTES}
 * is reached</li>
 * <li>sentences follow the reporting from the Deir ez-Zor pocket in 2019: people leaving,
 * families taken to al-Hol, strikes, arrests, convoys, casualties; figures carry the
 * qualifiers of DESIGN.md and are written with ASCII or Arabic-Indic digits</li>
 * <li>a marker, when given, ends the paragraph on its own line, so that each report can
 * be recognised again</li>
 * </ul>
 */
public final class ReportParagraphs {

	/** The size a paragraph grows to, in UTF-8 bytes, before its marker. */
	public static final int TARGET_BYTES = 1024;

	private static final int MAX_SENTENCES = 64;

	private static final String MARKER_LINE = "\nالمرجع: ";

	private static final long SEQUENCE_MIX = 0x9E3779B97F4A7C15L;

	private static final List<Function<Draw, String>> SENTENCES = List.of(
			(d) -> "وأفاد مراسلنا في " + d.place() + " بخروج " + d.figure(50, 900) + " شخصاً من " + d.place() + " "
					+ d.time() + " باتجاه نقاط تجمع " + d.actor() + ".",
			(d) -> "ووصلت " + d.figure(20, 600) + " عائلة إلى مخيم الهول قادمة من " + d.place() + "، بينهم "
					+ d.count(5, 300) + " من حملة الجنسية " + d.nationality() + ".",
			(d) -> "وشنّ " + d.actor() + " " + d.count(3, 40) + " غارة جوية على أطراف " + d.place() + " " + d.time()
					+ "، ما أدى إلى مقتل " + d.figure(2, 60) + " مدنياً بينهم أطفال.",
			(d) -> "واعتقلت " + d.actor() + " " + d.figure(10, 500) + " شخصاً في " + d.place()
					+ " بعد أن تعرّف عليهم الأهالي على أنهم من عناصر التنظيم.",
			(d) -> "وبحسب مصادر محلية فإن " + d.vague() + " العائلات ما تزال عالقة في " + d.place()
					+ " وسط نقص حادّ في الغذاء والدواء.",
			(d) -> "ودخلت " + d.count(10, 150) + " شاحنة محمّلة بالمساعدات إلى " + d.place() + " " + d.time()
					+ "، فيما انتشرت عناصر " + d.actor() + " على الطريق الواصل إلى " + d.place() + ".",
			(d) -> "ويُقدَّر عدد الخارجين منذ بداية الشهر بـ" + d.figure(1000, 40000)
					+ " شخص، نُقل معظمهم إلى مخيم الهول تقريباً.",
			(d) -> "وتحدّث ناشطون عن إصابة " + d.figure(3, 90) + " آخرين بجروح متفاوتة، نُقلوا إلى المشفى الميداني في "
					+ d.place() + ".",
			(d) -> "وأكّد مصدر طبي في " + d.place() + " أن " + d.count(2, 30) + " من المصابين في حالة حرجة.",
			(d) -> "ومن بين الخارجين " + d.figure(40, 800) + " امرأة و" + d.count(30, 900)
					+ " طفلاً دون سن الخامسة عشرة.",
			(d) -> "وسلّم " + d.figure(5, 200) + " من عناصر التنظيم أنفسهم إلى " + d.actor() + " قرب " + d.place()
					+ "، وفق ما نقله الأهالي.");

	private final long seed;

	/**
	 * Creates a generator.
	 * @param seed the seed that, with the sequence number, fixes every paragraph
	 */
	public ReportParagraphs(long seed) {
		this.seed = seed;
	}

	/**
	 * Writes a paragraph.
	 * @param sequence which paragraph of this generator's series
	 * @return about {@link #TARGET_BYTES} of Arabic report text
	 */
	public String paragraph(long sequence) {
		Draw draw = draw(sequence);
		StringBuilder text = new StringBuilder(TARGET_BYTES);
		text.append(draw.opening()).append(" — ").append(draw.place()).append(": ");
		int previous = draw.index(SENTENCES.size());
		text.append(SENTENCES.get(previous).apply(draw).substring(1));
		int bytes = utf8Length(text);
		for (int count = 1; bytes < TARGET_BYTES && count < MAX_SENTENCES; count++) {
			int next = (previous + 1 + draw.index(SENTENCES.size() - 1)) % SENTENCES.size();
			text.append(" ").append(SENTENCES.get(next).apply(draw));
			bytes = utf8Length(text);
			previous = next;
		}
		return text.toString();
	}

	/**
	 * Writes a paragraph that ends with a marker on its own line.
	 * @param sequence which paragraph of this generator's series
	 * @param marker text that identifies the report, e.g. a run id and sequence number
	 * @return the paragraph, a line break and the marker
	 */
	public String paragraph(long sequence, String marker) {
		return paragraph(sequence) + MARKER_LINE + marker;
	}

	/**
	 * Writes a short title for the paragraph of the same sequence number.
	 * @param sequence which paragraph of this generator's series
	 * @return a title naming a place and a time
	 */
	public String title(long sequence) {
		Draw draw = draw(~sequence);
		return "تقرير ميداني من " + draw.place() + " " + draw.time();
	}

	private Draw draw(long sequence) {
		return new Draw(new SplittableRandom(this.seed ^ (sequence * SEQUENCE_MIX)));
	}

	private static int utf8Length(CharSequence text) {
		return text.toString().getBytes(StandardCharsets.UTF_8).length;
	}

}
