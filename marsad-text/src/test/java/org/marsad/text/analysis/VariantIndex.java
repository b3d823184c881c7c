package org.marsad.text.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An in-memory index of the documents of a list of pairs, searched with each pair's query
 * through the same analyzers, as the search feature will do: every query word must match
 * (synonyms at one position, such as the transliteration key, match either way).
 */
final class VariantIndex implements AutoCloseable {

	private static final String ID = "id";

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final Analyzer analyzer;

	private final DirectoryReader reader;

	VariantIndex(Analyzer text, Analyzer name, List<VariantPair> pairs) throws IOException {
		this.analyzer = new PerFieldAnalyzerWrapper(text, Map.of("name", name));
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
			for (int i = 0; i < pairs.size(); i++) {
				Document document = new Document();
				document.add(new StringField(ID, Integer.toString(i), Field.Store.NO));
				document.add(new TextField(pairs.get(i).field(), pairs.get(i).document(), Field.Store.NO));
				writer.addDocument(document);
			}
		}
		this.reader = DirectoryReader.open(this.directory);
	}

	/**
	 * The pairs whose query does not find their own document.
	 */
	List<VariantPair> misses(List<VariantPair> pairs) throws IOException {
		IndexSearcher searcher = new IndexSearcher(this.reader);
		QueryBuilder builder = new QueryBuilder(this.analyzer);
		List<VariantPair> misses = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			VariantPair pair = pairs.get(i);
			Query query = builder.createBooleanQuery(pair.field(), pair.query(), Occur.MUST);
			if (query == null || searcher.count(ownDocument(query, i)) == 0) {
				misses.add(pair);
			}
		}
		return misses;
	}

	/**
	 * Whether a query finds the document of another pair, for precision checks.
	 */
	boolean finds(String field, String text, int document) throws IOException {
		Query query = new QueryBuilder(this.analyzer).createBooleanQuery(field, text, Occur.MUST);
		return query != null && new IndexSearcher(this.reader).count(ownDocument(query, document)) > 0;
	}

	private static Query ownDocument(Query query, int document) {
		return new BooleanQuery.Builder().add(query, Occur.MUST)
			.add(new TermQuery(new Term(ID, Integer.toString(document))), Occur.FILTER)
			.build();
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

}
