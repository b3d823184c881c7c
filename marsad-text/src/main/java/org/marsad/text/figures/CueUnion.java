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
 * node lie side by side, and the root's children are found by unit in one table, so that
 * a walk reads a few arrays instead of following node objects</li>
 * </ul>
 * Immutable and thread-safe once built.
 */
final class CueUnion {

	private static final int ROOT = 0;

	private static final int NONE = -1;

	private final int size;

	/** The edges of node k are {@code [firstEdge[k], firstEdge[k + 1])}. */
	private final int[] firstEdge;

	private final char[] edgeKey;

	private final int[] edgeTarget;

	/** The root's child by unit, or {@link #NONE}. */
	private final int[] rootChild;

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
		char highest = 0;
		for (int e = this.firstEdge[ROOT]; e < this.firstEdge[ROOT + 1]; e++) {
			highest = (char) Math.max(highest, this.edgeKey[e]);
		}
		this.rootChild = new int[highest + 1];
		Arrays.fill(this.rootChild, NONE);
		for (int e = this.firstEdge[ROOT]; e < this.firstEdge[ROOT + 1]; e++) {
			this.rootChild[this.edgeKey[e]] = this.edgeTarget[e];
		}
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
	 */
	void match(char[] units, int n, int wordStart, int wordEnd, int[] ends, Object[] values, int[] scratch) {
		for (int k = 0; k < this.size; k++) {
			ends[k] = -1;
		}
		int[] starts = scratch;
		int count = CueWords.stemStarts(units, n, wordStart, starts);
		int walkOf = CueWords.MAX_STARTS;
		for (int s = 0; s < count; s++) {
			int node = ROOT;
			int i = starts[s];
			int run = wordEnd;
			while (node != NONE) {
				if (i > run) {
					run = CueWords.wordEnd(units, n, i);
				}
				if (this.values[node] != null && CueWords.endsWord(units, i, run)) {
					record(run, this.values[node], s, ends, values, scratch, walkOf);
				}
				int next = CueWords.step(units, n, starts[s], i);
				node = (next < 0) ? NONE : child(node, CueWords.charAt(units, n, i));
				i = next;
			}
		}
	}

	private int child(int node, char c) {
		if (node == ROOT) {
			return (c < this.rootChild.length) ? this.rootChild[c] : NONE;
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
