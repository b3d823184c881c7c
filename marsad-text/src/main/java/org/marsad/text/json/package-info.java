/**
 * A small JSON reader, so that the text engine reads gazetteers with no dependency but
 * Lucene.
 */
package org.marsad.text.json;
