package org.marsad.text.vocabulary;

/**
 * Source reliability on the Admiralty (NATO) scale, graded independently of the
 * credibility of each piece of information.
 * <ul>
 * <li>A: completely reliable</li>
 * <li>B: usually reliable</li>
 * <li>C: fairly reliable</li>
 * <li>D: not usually reliable</li>
 * <li>E: unreliable</li>
 * <li>F: reliability cannot be judged</li>
 * </ul>
 */
public enum SourceReliability {

	A, B, C, D, E, F

}
