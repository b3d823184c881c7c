package org.marsad.text.figures;

import java.util.Arrays;

/**
 * A node of the trie of cue forms that {@link CueLexicon} builds, one unit per edge; a
 * node with many children keeps them in a table indexed by unit.
 */
final class CueNode {

	private static final int TABLE_FROM = 8;

	private char[] keys = new char[0];

	private CueNode[] children = new CueNode[0];

	private Object value;

	private CueNode[] table;

	/** What the form ending at this node stands for, or {@code null}. */
	Object value() {
		return this.value;
	}

	void value(Object stands) {
		this.value = stands;
	}

	/** The number of children. */
	int size() {
		return this.keys.length;
	}

	/** The unit on the edge to a child, children in the order added. */
	char key(int k) {
		return this.keys[k];
	}

	/** A child, children in the order added. */
	CueNode childAt(int k) {
		return this.children[k];
	}

	CueNode child(char c) {
		if (this.table != null) {
			return (c < this.table.length) ? this.table[c] : null;
		}
		for (int k = 0; k < this.keys.length; k++) {
			if (this.keys[k] == c) {
				return this.children[k];
			}
		}
		return null;
	}

	void index() {
		if (this.keys.length >= TABLE_FROM) {
			char highest = 0;
			for (char key : this.keys) {
				highest = (char) Math.max(highest, key);
			}
			this.table = new CueNode[highest + 1];
			for (int k = 0; k < this.keys.length; k++) {
				this.table[this.keys[k]] = this.children[k];
			}
		}
		for (CueNode child : this.children) {
			child.index();
		}
	}

	CueNode childOrNew(char c) {
		CueNode existing = child(c);
		if (existing != null) {
			return existing;
		}
		this.keys = Arrays.copyOf(this.keys, this.keys.length + 1);
		this.children = Arrays.copyOf(this.children, this.children.length + 1);
		this.keys[this.keys.length - 1] = c;
		CueNode created = new CueNode();
		this.children[this.children.length - 1] = created;
		return created;
	}

}
