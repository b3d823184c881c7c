package org.marsad.bench.generate;

import java.util.List;

/**
 * The words monitors of the Deir ez-Zor pocket used in early 2019, as the building blocks
 * of generated reports.
 * <ul>
 * <li>places are written as they appear in field messages, with and without hamza on the
 * alef and with teh marbuta written as heh</li>
 * <li>qualifiers are the cues of the figure vocabulary in DESIGN.md (about, more than, at
 * least, less than); the empty qualifier stands for an exact figure</li>
 * <li>times are relative, as field reports state them before publication</li>
 * </ul>
 */
final class MonitorPhrases {

	static final List<String> PLACES = List.of("الباغوز", "الباغوز فوقاني", "هجين", "الهول", "الشعفة", "الشعفه",
			"السوسة", "البوكمال", "دير الزور", "الميادين", "الشحيل", "أبو حمام", "ابو حمام", "الكشمة", "المراشدة",
			"ذيبان", "البصيرة", "العشارة", "غرانيج", "الصور", "الحسكة", "الرقة");

	static final List<String> QUALIFIERS = List.of("", "", "أكثر من", "نحو", "حوالي", "قرابة", "ما يقارب",
			"ما لا يقل عن", "أقل من", "ما يزيد عن", "زهاء");

	static final List<String> VAGUE = List.of("عشرات", "مئات", "آلاف", "بضع", "عدة");

	static final List<String> ACTORS = List.of("قوات سوريا الديمقراطية", "قسد", "التحالف الدولي", "طيران التحالف",
			"تنظيم الدولة", "داعش", "القوات الأمريكية", "قوات النظام", "الميليشيات الإيرانية");

	static final List<String> NATIONALITIES = List.of("العراقية", "السورية", "الروسية", "الصومالية", "الفلبينية",
			"التركية", "الفرنسية");

	static final List<String> TIMES = List.of("يوم الأربعاء", "يوم الاربعاء", "أمس", "صباح اليوم", "ليلة الثلاثاء",
			"مساء الجمعة", "في ٢٣ كانون الثاني", "في 23 كانون الثاني", "بتاريخ 2019/1/23", "منذ مطلع كانون الأول",
			"خلال الساعات الماضية", "فجر السبت");

	static final List<String> OPENINGS = List.of("خاص", "عاجل", "متابعة", "مراسلنا", "مصدر محلي");

	private MonitorPhrases() {
	}

}
