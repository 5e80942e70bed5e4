package dev.interviewlab.search;

import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A Lucene full-text index over topics in both languages, held in memory (it is rebuilt from the
 * database at start-up and follows every change). Plain Java, no Spring, so tests can use it directly.
 */
public final class TopicSearchIndex implements Closeable {

    /** Longest query accepted; longer input is refused with a message rather than searched. */
    public static final int MAX_QUERY_LENGTH = 200;

    private static final String SLUG = "slug";
    private static final String CATEGORY = "category";
    private static final String TAGS = "tags";

    private final Analyzer indexAnalyzer = BilingualAnalyzer.forIndexing();
    private final Analyzer queryAnalyzer = BilingualAnalyzer.forQueries();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public TopicSearchIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the in-memory search index", e);
        }
    }

    /** Replaces the whole index with these topics. */
    public void rebuild(Collection<IndexedTopic> topics) {
        try {
            writer.deleteAll();
            for (IndexedTopic topic : topics) {
                writer.addDocument(document(topic));
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** Adds or replaces one topic. */
    public void put(IndexedTopic topic) {
        try {
            writer.updateDocument(new Term(SLUG, topic.slug()), document(topic));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index topic " + topic.slug(), e);
        }
    }

    public void remove(String slug) {
        try {
            writer.deleteDocuments(new Term(SLUG, slug));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove topic " + slug + " from the index", e);
        }
    }

    /**
     * Ranked hits for a query in the reader's language. Query syntax: words (all must match), "phrases",
     * {@code -exclude}, {@code a | b}, {@code prefix*}; anything else is taken as text.
     *
     * @throws BadInputException when the query is longer than {@link #MAX_QUERY_LENGTH}
     */
    public List<SearchHit> search(String text, Language language, int limit) {
        String queryText = text == null ? "" : text.strip();
        if (queryText.isEmpty()) {
            return List.of();
        }
        if (queryText.length() > MAX_QUERY_LENGTH) {
            throw new BadInputException("search.error.tooLong", MAX_QUERY_LENGTH);
        }
        Query query = parse(queryText, language);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return hits(searcher, query, language, limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadInputException("search.error.tooBroad");
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private Query parse(String text, Language language) {
        Language other = language == Language.EN ? Language.ZH : Language.EN;
        // the reader's language weighs a little more, so an English reader sees English matches first
        Map<String, Float> weights = Map.of(
                field("title", language), 6f, field("title", other), 5f,
                TAGS, 4f, SLUG + "_text", 3f,
                field("summary", language), 2.5f, field("summary", other), 2f,
                field("body", language), 1.2f, field("body", other), 1f);
        SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, Language language, int limit) throws IOException {
        TopDocs top = searcher.search(query, limit);
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        Language other = language == Language.EN ? Language.ZH : Language.EN;
        String[] fields = {field("body", language), field("summary", language), field("body", other)};
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(200_000)
                .build();
        Map<String, String[]> snippets = highlighter.highlightFields(fields, query, top, new int[]{2, 1, 2});
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            String snippet = firstNonNull(snippets, fields, i);
            if (snippet == null) {
                snippet = escape(doc.get(field("summary", language)));
            }
            hits.add(new SearchHit(doc.get(SLUG), doc.get(field("title", language)), doc.get(CATEGORY),
                    snippet, scoreDoc.score));
        }
        return hits;
    }

    private static String firstNonNull(Map<String, String[]> snippets, String[] fields, int index) {
        for (String field : fields) {
            String snippet = snippets.get(field)[index];
            if (snippet != null && snippet.contains("<mark>")) {
                return snippet;
            }
        }
        return null;
    }

    private static Document document(IndexedTopic topic) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, topic.slug(), Field.Store.YES));
        doc.add(new TextField(SLUG + "_text", topic.slug().replace('-', ' '), Field.Store.NO));
        doc.add(new StringField(CATEGORY, topic.categorySlug(), Field.Store.YES));
        doc.add(new TextField(TAGS, String.join(" ", topic.tags()), Field.Store.NO));
        for (Language language : Language.values()) {
            doc.add(new TextField(field("title", language), topic.title().in(language), Field.Store.YES));
            doc.add(new TextField(field("summary", language), topic.summary().in(language), Field.Store.YES));
            doc.add(new TextField(field("body", language), topic.bodyText().in(language), Field.Store.YES));
        }
        return doc;
    }

    private static String field(String name, Language language) {
        return name + "_" + language.code();
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public int size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
