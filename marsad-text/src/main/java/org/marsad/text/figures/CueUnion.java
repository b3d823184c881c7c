package org.marsad.text.figures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several {@link CueLexicon}s matched together: their tries are merged into one, so that
 * the walks from a word's starts are made once for all of them, and each lexicon gets the
 * longest match it would get alone.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>a word is read as {@link CueWords} reads it (clitics before, endings after, spaces
 * inside a phrase), exactly as a single lexicon reads it</li>
 * <li>the merged trie is laid out in arrays, nodes numbered breadth first: the edges of a
 * node lie side by side, so that a walk reads a few arrays instead of following node
 * objects</li>
 * <li>a node with {@value #DENSE_CHILDREN} children or more (the root, and the first
 * letters of many cues) finds its child in a row of its own, indexed by the unit's column
 * among the units the trie uses; the others compare their few edges</li>
 * </ul>
 * Immutable and thread-safe once built.
 */
final class CueUnion {

	private static final int ROOT = 0;

	private static final int NONE = -1;

	private static final int DENSE_CHILDREN = 4;

	/** The column of a unit no edge has. */
	private static final int NO_COLUMN = 0;

	private final int size;

	/** The edges of node k are {@code [firstEdge[k], firstEdge[k + 1])}. */
	private final int[] firstEdge;

	private final char[] edgeKey;

	private final int[] edgeTarget;

	/**
	 * The column of each unit the edges use, from 1, by unit; {@link #NO_COLUMN} for any
	 * other.
	 */
	private final short[] columnOf;

	/**
	 * Where each node's row starts in {@link #rows}, or {@link #NONE} for a sparse node.
	 */
	private final int[] rowOf;

	/** The rows of the dense nodes: a child per column (column 1 first), or NONE. */
	private final int[] rows;

	/** Per node, what each lexicon's form ending there stands for, or {@code null}. */
	private final Object[][] values;

	/**
	 * Merges lexicons.
	 * @param lexicons the lexicons; the position of each is its slot in {@link #match}
	 */
	CueUnion(List<CueLexicon<?>> lexicons) {
		this.size = lexicons.size();
		CueNode merged = new CueNode();
		for (int k = 0; k < this.size; k++) {
			merge(merged, lexicons.get(k).root(), k);
		}
		List<CueNode> nodes = breadthFirst(merged);
		Map<CueNode, Integer> ids = new IdentityHashMap<>();
		for (int id = 0; id < nodes.size(); id++) {
			ids.put(nodes.get(id), id);
		}
		this.firstEdge = new int[nodes.size() + 1];
		int edges = 0;
		for (CueNode node : nodes) {
			edges += node.size();
		}
		this.edgeKey = new char[edges];
		this.edgeTarget = new int[edges];
		this.values = new Object[nodes.size()][];
		int edge = 0;
		for (int id = 0; id < nodes.size(); id++) {
			CueNode node = nodes.get(id);
			this.firstEdge[id] = edge;
			this.values[id] = (Object[]) node.value();
			for (int k = 0; k < node.size(); k++) {
				this.edgeKey[edge] = node.key(k);
				this.edgeTarget[edge] = ids.get(node.childAt(k));
				edge++;
			}
		}
		this.firstEdge[nodes.size()] = edge;
		this.columnOf = columns(this.edgeKey);
		int width = 0;
		for (short column : this.columnOf) {
			width = Math.max(width, column);
		}
		this.rowOf = new int[nodes.size()];
		int dense = 0;
		for (int id = 0; id < nodes.size(); id++) {
			boolean isDense = this.firstEdge[id + 1] - this.firstEdge[id] >= DENSE_CHILDREN;
			this.rowOf[id] = isDense ? dense * width : NONE;
			dense += isDense ? 1 : 0;
		}
		this.rows = new int[dense * width];
		Arrays.fill(this.rows, NONE);
		for (int id = 0; id < nodes.size(); id++) {
			for (int e = this.firstEdge[id]; this.rowOf[id] != NONE && e < this.firstEdge[id + 1]; e++) {
				this.rows[this.rowOf[id] + this.columnOf[this.edgeKey[e]] - 1] = this.edgeTarget[e];
			}
		}
	}

	/** Numbers the units the edges use from 1, in the order of the units. */
	private static short[] columns(char[] keys) {
		char highest = 0;
		for (char key : keys) {
			highest = (char) Math.max(highest, key);
		}
		short[] columns = new short[highest + 1];
		for (char key : keys) {
			columns[key] = 1;
		}
		short next = 0;
		for (int unit = 0; unit < columns.length; unit++) {
			if (columns[unit] != NO_COLUMN) {
				columns[unit] = ++next;
			}
		}
		return columns;
	}

	private void merge(CueNode into, CueNode from, int slot) {
		if (from.value() != null) {
			if (into.value() == null) {
				into.value(new Object[this.size]);
			}
			((Object[]) into.value())[slot] = from.value();
		}
		for (int c = 0; c < from.size(); c++) {
			merge(into.childOrNew(from.key(c)), from.childAt(c), slot);
		}
	}

	private static List<CueNode> breadthFirst(CueNode root) {
		List<CueNode> nodes = new ArrayList<>();
		Deque<CueNode> queue = new ArrayDeque<>();
		queue.add(root);
		while (!queue.isEmpty()) {
			CueNode node = queue.poll();
			nodes.add(node);
			for (int k = 0; k < node.size(); k++) {
				queue.add(node.childAt(k));
			}
		}
		return nodes;
	}

	/** The number of lexicons. */
	int size() {
		return this.size;
	}

	/**
	 * Matches every lexicon at the start of a word.
	 * @param units the folded text's units
	 * @param n the length of the text
	 * @param wordStart index of the first unit of a word
	 * @param wordEnd exclusive end of that word (its run of letters and digits)
	 * @param ends receives, per lexicon, the folded exclusive end of its longest match or
	 * -1
	 * @param values receives, per lexicon, what its longest match stands for
	 * @param scratch working space of at least {@link #size()} +
	 * {@link CueWords#MAX_STARTS} ints
	 * @return whether the matches depend on the word's own units only: no walk could have
	 * gone on past its end (a walk goes on only over a space, into a phrase), so that
	 * every other occurrence of the word matches alike
	 */
	boolean match(char[] units, int n, int wordStart, int wordEnd, int[] ends, Object[] values, int[] scratch) {
		for (int k = 0; k < this.size; k++) {
			ends[k] = -1;
		}
		int[] starts = scratch;
		int count = CueWords.stemStarts(units, n, wordStart, starts);
		int walkOf = CueWords.MAX_STARTS;
		boolean local = true;
		for (int s = 0; s < count; s++) {
			int node = ROOT;
			int i = starts[s];
			int run = wordEnd;
			local &= i < wordEnd;
			while (node != NONE) {
				if (i > run) {
					run = CueWords.wordEnd(units, n, i);
				}
				if (this.values[node] != null && CueWords.endsWord(units, i, run)) {
					record(run, this.values[node], s, ends, values, scratch, walkOf);
				}
				local &= i != wordEnd || child(node, CueWords.SPACE) == NONE;
				int next = CueWords.step(units, n, starts[s], i);
				node = (next < 0) ? NONE : child(node, CueWords.charAt(units, n, i));
				i = next;
			}
		}
		return local;
	}

	private int child(int node, char c) {
		int row = this.rowOf[node];
		if (row != NONE) {
			int column = (c < this.columnOf.length) ? this.columnOf[c] : NO_COLUMN;
			return (column == NO_COLUMN) ? NONE : this.rows[row + column - 1];
		}
		int last = this.firstEdge[node + 1];
		for (int e = this.firstEdge[node]; e < last; e++) {
			if (this.edgeKey[e] == c) {
				return this.edgeTarget[e];
			}
		}
		return NONE;
	}

	/**
	 * Keeps a match of each lexicon that has one at this node when it is longer than what
	 * an earlier walk found, or deeper in the same walk (as each lexicon's own walk
	 * would).
	 */
	private void record(int end, Object[] found, int walk, int[] ends, Object[] values, int[] scratch, int walkOf) {
		for (int k = 0; k < this.size; k++) {
			if (found[k] != null && (end > ends[k] || (end == ends[k] && scratch[walkOf + k] == walk))) {
				ends[k] = end;
				values[k] = found[k];
				scratch[walkOf + k] = walk;
			}
		}
	}

}
