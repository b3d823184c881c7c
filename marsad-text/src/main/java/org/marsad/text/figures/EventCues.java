package org.marsad.text.figures;

import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;

/**
 * The words that tell which kind of event a clause reports (DESIGN, "Event types"; ACLED
 * Codebook 2023 for the six ACLED types).
 *
 * <ul>
 * <li>displacement: خروج، نزوح، فرار، مغادرة; fled, left, displaced</li>
 * <li>transfer: نقل، ترحيل; transferred, taken to</li>
 * <li>battles: اشتباكات، معارك، مواجهات، هجوم; clashes, fighting, attack</li>
 * <li>explosions/remote violence: قصف، غارة، ضربة، انفجار، تفجير، لغم، عبوة، استهداف;
 * shelling, airstrike, explosion</li>
 * <li>violence against civilians: اعتقال، احتجاز، اختطاف، إعدام، مداهمة; and, weakly,
 * مقتل، إصابة</li>
 * <li>deployment, convoy, negotiation, siege, appeal, return, protests, riots</li>
 * <li>strategic developments: سيطرة، انسحاب، استسلام، تسليم نفسه، (سلّم …) أنفسهم، إطلاق
 * سراح، أفرجت</li>
 * </ul>
 */
public final class EventCues {

	private static final CueLexicon<EventCue> LEXICON = CueLexicon.<EventCue>builder()
		.add(strong(EventType.DISPLACEMENT), "خروج", "خرج", "خرجت", "خرجوا", "نزوح", "نزح", "نزحت", "نزحوا", "فرار",
				"فر", "فروا", "هروب", "هربوا", "مغادرة", "غادر", "غادرت", "غادروا", "تهجير", "fled", "fleeing",
				"leaving", "left", "displaced", "displacement", "exodus", "evacuated")
		.add(strong(EventType.TRANSFER), "نقل", "نقلت", "نقلوا", "نقلهم", "ترحيل", "transferred", "taken to",
				"moved to", "relocated")
		.add(strong(EventType.BATTLES), "اشتباكات", "اشتباك", "معارك", "معركة", "مواجهات", "هجوم", "اقتحام", "clashes",
				"fighting", "battle", "attack", "assault")
		.add(strong(EventType.EXPLOSIONS_REMOTE_VIOLENCE), "قصف", "قصفت", "غارة", "غارات", "ضربة", "ضربات", "انفجار",
				"تفجير", "لغم", "عبوة", "مفخخة", "قذائف", "قذيفة", "استهداف", "استهدفت", "صاروخ", "صواريخ", "براميل",
				"shelling", "shelled", "airstrike", "airstrikes", "strike", "strikes", "explosion", "bombing", "bombed",
				"mine")
		.add(strong(EventType.VIOLENCE_AGAINST_CIVILIANS), "اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "احتجاز", "احتجزت",
				"اختطاف", "اختطف", "خطف", "إعدام", "أعدم", "مداهمة", "داهمت", "تعذيب", "arrested", "arrest", "detained",
				"abducted", "executed", "raid", "raided", "tortured")
		.add(weak(EventType.VIOLENCE_AGAINST_CIVILIANS), "مقتل", "قتل", "قتلت", "استشهاد", "استشهد", "مصرع", "إصابة",
				"أصيب", "جرح", "killed", "injured", "wounded", "died")
		.add(strong(EventType.DEPLOYMENT), "تعزيزات", "انتشار", "انتشر", "انتشرت", "انتشروا", "استقدام", "استقدمت",
				"reinforcements", "deployed", "deployment")
		.add(strong(EventType.CONVOY), "قافلة", "قوافل", "رتل", "أرتال", "convoy", "convoys")
		.add(strong(EventType.NEGOTIATION), "مفاوضات", "تفاوض", "اتفاق", "هدنة", "وساطة", "negotiations", "talks",
				"agreement", "truce", "deal")
		.add(strong(EventType.SIEGE), "حصار", "محاصر", "محاصرة", "المحاصرين", "عالقين", "عالقون", "siege", "besieged")
		.add(strong(EventType.APPEAL), "ناشد", "ناشدت", "مناشدة", "نداء", "طالب", "طالبت", "دعا", "دعت", "appealed",
				"appeal", "urged", "called on")
		.add(strong(EventType.RETURN), "عودة", "عاد", "عادت", "عادوا", "returned", "return")
		.add(strong(EventType.PROTESTS), "مظاهرة", "مظاهرات", "تظاهر", "احتجاج", "احتجاجات", "وقفة احتجاجية", "protest",
				"protests", "demonstration", "demonstrators")
		.add(strong(EventType.RIOTS), "شغب", "أعمال شغب", "استعصاء", "riot", "riots")
		.add(strong(EventType.STRATEGIC_DEVELOPMENTS), "سيطرة", "سيطرت", "سيطر", "يسيطر", "أنفسهم", "أفرجت", "انسحاب",
				"انسحبت", "استسلام", "استسلم", "استسلموا", "تسليم نفسه", "تسليم أنفسهم", "سلموا أنفسهم", "إطلاق سراح",
				"أفرج", "الإفراج", "captured", "withdrew", "surrendered", "released", "took control")
		.build();

	private EventCues() {
	}

	/** The lexicon of event cues. */
	public static CueLexicon<EventCue> lexicon() {
		return LEXICON;
	}

	/**
	 * The event that a figure reports when its clause has no cue word of its own («ووثق
	 * المرصد وصول 1350 نازحاً إلى مخيم الهول»); such a cue is weak.
	 * <ul>
	 * <li>exited → displacement, transferred → transfer, returned → return</li>
	 * <li>killed, injured, arrested, detained, missing → violence against civilians</li>
	 * <li>strikes → explosions/remote violence; trapped → siege</li>
	 * <li>deployed → deployment; entered → convoy for vehicles, deployment otherwise</li>
	 * <li>surrendered, released → strategic developments</li>
	 * <li>area and other → none</li>
	 * </ul>
	 * @param category the figure's category
	 * @param unit the figure's unit
	 * @return the cue, or {@code null}
	 */
	public static EventCue ofFigure(FigureCategory category, FigureUnit unit) {
		EventType type = switch (category) {
			case EXITED -> EventType.DISPLACEMENT;
			case TRANSFERRED -> EventType.TRANSFER;
			case RETURNED -> EventType.RETURN;
			case KILLED, INJURED, ARRESTED, DETAINED, MISSING -> EventType.VIOLENCE_AGAINST_CIVILIANS;
			case STRIKES -> EventType.EXPLOSIONS_REMOTE_VIOLENCE;
			case TRAPPED -> EventType.SIEGE;
			case DEPLOYED -> EventType.DEPLOYMENT;
			case ENTERED -> (unit == FigureUnit.VEHICLE) ? EventType.CONVOY : EventType.DEPLOYMENT;
			case SURRENDERED, RELEASED -> EventType.STRATEGIC_DEVELOPMENTS;
			case AREA, OTHER -> null;
		};
		return (type != null) ? weak(type) : null;
	}

	private static EventCue strong(EventType type) {
		return new EventCue(type, false);
	}

	private static EventCue weak(EventType type) {
		return new EventCue(type, true);
	}

}
