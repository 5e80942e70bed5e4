package dev.interviewlab.search;

import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.web.util.HtmlUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Lucene index over quiz items' prompts and options in both languages, held in memory and rebuilt from
 * the bank whenever it changes (a few hundred short texts). Separate from {@link TopicSearchIndex}, so
 * items never change how topics rank. It holds no answer, so no result can show one. Plain Java.
 */
public final class QuizItemSearchIndex implements Closeable {

    private static final String KEY = "key";
    private static final String TOPIC = "topic";
    private static final String TOPIC_TITLE = "topic_title";
    private static final int SNIPPET_LENGTH = 220;

    private static final FieldType STORED_TEXT_WITH_OFFSETS = storedTextWithOffsets();

    private final Analyzer indexAnalyzer = BilingualAnalyzer.forIndexing();
    private final Analyzer queryAnalyzer = BilingualAnalyzer.forQueries();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public QuizItemSearchIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the in-memory item index", e);
        }
    }

    /** Replaces the whole index with these items (the drawable ones: retired items are not passed in). */
    public void rebuild(Collection<IndexedItem> items) {
        try {
            writer.deleteAll();
            for (IndexedItem item : items) {
                writer.addDocument(document(item));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the item index", e);
        }
    }

    /**
     * The best matching items in the reader's language, with the same query syntax as topics.
     *
     * @throws BadInputException when the query is longer than {@link TopicSearchIndex#MAX_QUERY_LENGTH}
     */
    public ItemSearchResults search(String text, Language language, int limit) {
        String queryText = text == null ? "" : text.strip();
        if (queryText.isEmpty()) {
            return ItemSearchResults.none();
        }
        if (queryText.length() > TopicSearchIndex.MAX_QUERY_LENGTH) {
            throw new BadInputException("search.error.tooLong", TopicSearchIndex.MAX_QUERY_LENGTH);
        }
        Language other = language == Language.EN ? Language.ZH : Language.EN;
        SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer, Map.of(
                field("prompt", language), 3f, field("prompt", other), 2.5f,
                field("options", language), 1.2f, field("options", other), 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(queryText);
        if (query == null) {
            return ItemSearchResults.none();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int total = searcher.count(query);
                ScoreDoc[] top = searcher.search(query, Math.max(1, limit)).scoreDocs;
                return new ItemSearchResults(hits(searcher, query, language, other, top), total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadInputException("search.error.tooBroad");
        } catch (IOException e) {
            throw new UncheckedIOException("item search failed", e);
        }
    }

    private List<ItemHit> hits(IndexSearcher searcher, Query query, Language language, Language other, ScoreDoc[] top)
            throws IOException {
        if (top.length == 0) {
            return List.of();
        }
        int[] docs = new int[top.length];
        for (int i = 0; i < top.length; i++) {
            docs[i] = top[i].doc;
        }
        // the prompt in the reader's language first; the other language or the options only where it did not match
        String[] fields = {field("prompt", language), field("prompt", other), field("options", language),
                field("options", other)};
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
        Map<String, String[]> snippets = highlighter.highlightFields(fields, query, docs,
                new int[]{1, 1, 1, 1});
        List<ItemHit> hits = new ArrayList<>();
        for (int i = 0; i < top.length; i++) {
            Document stored = searcher.storedFields().document(docs[i],
                    Set.of(KEY, TOPIC, field(TOPIC_TITLE, language), field("prompt", language)));
            String snippet = null;
            for (String name : fields) {
                String found = snippets.get(name)[i];
                if (found != null && found.contains("<mark>")) {
                    snippet = found;
                    break;
                }
            }
            if (snippet == null) {
                snippet = HtmlUtils.htmlEscape(abbreviate(stored.get(field("prompt", language))), "UTF-8");
            }
            hits.add(new ItemHit(stored.get(KEY), stored.get(TOPIC), stored.get(field(TOPIC_TITLE, language)), snippet));
        }
        return hits;
    }

    private static String abbreviate(String text) {
        return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH - 1) + "…";
    }

    private static Document document(IndexedItem item) {
        Document doc = new Document();
        doc.add(new StringField(KEY, item.key(), Field.Store.YES));
        doc.add(new StringField(TOPIC, item.topicSlug(), Field.Store.YES));
        for (Language language : Language.values()) {
            doc.add(new StringField(field(TOPIC_TITLE, language), item.topicTitle().in(language), Field.Store.YES));
            doc.add(new Field(field("prompt", language), item.prompt().in(language), STORED_TEXT_WITH_OFFSETS));
            doc.add(new Field(field("options", language), item.optionText(language), STORED_TEXT_WITH_OFFSETS));
        }
        return doc;
    }

    private static FieldType storedTextWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static String field(String name, Language language) {
        return name + "_" + language.code();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
