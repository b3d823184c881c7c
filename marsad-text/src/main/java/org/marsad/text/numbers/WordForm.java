package org.marsad.text.numbers;

/**
 * A number word as it may be written in a text: bare, or after proclitics (وثلاثة،
 * بألفين، والعشرات).
 *
 * @param word the number word
 * @param procliticLength how many letters of proclitics stand before the word proper
 * @param waw whether the proclitics begin with the conjunction و
 */
record WordForm(NumberWord word, int procliticLength, boolean waw) {
}
