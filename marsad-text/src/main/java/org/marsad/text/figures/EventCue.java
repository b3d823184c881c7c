package org.marsad.text.figures;

import org.marsad.text.vocabulary.EventType;

/**
 * What a cue word says about the event its clause reports.
 *
 * @param type the event type
 * @param weak whether the cue only reports a consequence (deaths, injuries) and gives way
 * to any other cue of its sentence («قصف … ما أدى لمقتل 5 مدنيين» is one strike)
 */
public record EventCue(EventType type, boolean weak) {
}
