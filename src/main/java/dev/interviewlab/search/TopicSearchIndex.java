package dev.interviewlab.search;

import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import org.springframework.web.util.HtmlUtils;

import java.io.Closeable;
import java.text.BreakIterator;
import java.util.Locale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Highlighting looks at most this far into a note. */
    private static final int MAX_HIGHLIGHTED_LENGTH = 200_000;
    private static final int SNIPPET_LENGTH = 160;

    private static final String SLUG = "slug";
    private static final String CATEGORY = "category";
    private static final String TAGS = "tags";
    /** Identifiers such as TIME_WAIT kept whole, from every text of the topic (see {@link IdentifierAnalyzer}). */
    private static final String IDENTIFIERS = "identifiers";
    /** Constant scores of the ranking tiers (see {@link #parse}); a note's text scores stay well below 100. */
    private static final float IDENTIFIER_TIER = 200f;
    private static final float PHRASE_TIER = 100f;
    /** The words of a note's figures, apart from its prose: found, but never cut into a snippet. */
    private static final String FIGURES = "figures";

    private final Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(BilingualAnalyzer.forIndexing(),
            Map.of(IDENTIFIERS, new IdentifierAnalyzer()));
    private final Analyzer queryAnalyzer = new PerFieldAnalyzerWrapper(BilingualAnalyzer.forQueries(),
            Map.of(IDENTIFIERS, new IdentifierAnalyzer()));
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    // the texts themselves live here, not as stored fields: titles and snippets come from memory
    // instead of decompressing whole notes for every hit
    private final Map<String, IndexedTopic> topics = new ConcurrentHashMap<>();

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
            this.topics.clear();
            for (IndexedTopic topic : topics) {
                writer.addDocument(document(topic));
                this.topics.put(topic.slug(), topic);
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** Adds or replaces one topic. */
    public void put(IndexedTopic topic) {
        try {
            topics.put(topic.slug(), topic);
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
            topics.remove(slug);
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
        return search(text, language, 1, limit).hits();
    }

    /**
     * One page of ranked hits, with the number of all matches.
     *
     * @param page 1-based; a page beyond the last has no hits
     * @throws BadInputException when the query is longer than {@link #MAX_QUERY_LENGTH}
     */
    public SearchResults search(String text, Language language, int page, int pageSize) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1");
        }
        String queryText = text == null ? "" : text.strip();
        if (queryText.isEmpty()) {
            return SearchResults.none(page, pageSize);
        }
        if (queryText.length() > MAX_QUERY_LENGTH) {
            throw new BadInputException("search.error.tooLong", MAX_QUERY_LENGTH);
        }
        Query query = parse(queryText, language);
        if (query == null) {
            return SearchResults.none(page, pageSize);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int total = searcher.count(query);
                long skipped = (long) (page - 1) * pageSize;
                if (skipped >= total) {
                    return new SearchResults(List.of(), total, page, pageSize);
                }
                ScoreDoc[] top = searcher.search(query, (int) Math.min(skipped + pageSize, total)).scoreDocs;
                ScoreDoc[] shown = java.util.Arrays.copyOfRange(top, (int) skipped, top.length);
                return new SearchResults(hits(searcher, query, language, shown), total, page, pageSize);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadInputException("search.error.tooBroad");
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * The query as typed decides what matches; two extra clauses only rank. A note that writes an identifier
     * of the query ({@code TIME_WAIT}) comes first, then notes that have the query's words as a phrase
     * ("time wait", or TIME_WAIT in a field that splits it), then notes that only have the words somewhere:
     * constant scores larger than the text scores keep those tiers, and the text scores order each tier.
     */
    private Query parse(String text, Language language) {
        Language other = language == Language.EN ? Language.ZH : Language.EN;
        // the reader's language weighs a little more, so an English reader sees English matches first
        Map<String, Float> weights = Map.of(
                field("title", language), 6f, field("title", other), 5f,
                TAGS, 4f, SLUG + "_text", 3f,
                field("summary", language), 2.5f, field("summary", other), 2f,
                field("body", language), 1.2f, field("body", other), 1f,
                field(FIGURES, language), 1f, field(FIGURES, other), 0.8f);
        SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query typed = parser.parse(text);
        if (typed == null) {
            return null;
        }
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(typed, BooleanClause.Occur.MUST);
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        Query identifiers = builder.createBooleanQuery(IDENTIFIERS, text, BooleanClause.Occur.SHOULD);
        if (identifiers != null) {
            ranked.add(new BoostQuery(new ConstantScoreQuery(identifiers), IDENTIFIER_TIER), BooleanClause.Occur.SHOULD);
        }
        List<Query> phrases = new ArrayList<>();
        for (Language each : Language.values()) {
            for (String name : List.of("title", "summary", "body", FIGURES)) {
                Query phrase = builder.createPhraseQuery(field(name, each), text);
                if (phrase instanceof PhraseQuery) { // two words or more
                    phrases.add(phrase);
                }
            }
        }
        if (!phrases.isEmpty()) {
            ranked.add(new BoostQuery(new ConstantScoreQuery(new DisjunctionMaxQuery(phrases, 0f)), PHRASE_TIER),
                    BooleanClause.Occur.SHOULD);
        }
        return ranked.build();
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, Language language, ScoreDoc[] scoreDocs) throws IOException {
        if (scoreDocs.length == 0) {
            return List.of();
        }
        Language other = language == Language.EN ? Language.ZH : Language.EN;
        String[] fields = {field("body", language), field("summary", language), field("body", other)};
        IndexedTopic[] found = new IndexedTopic[scoreDocs.length];
        Map<Integer, IndexedTopic> byDoc = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < found.length; i++) {
            String slug = stored.document(scoreDocs[i].doc, Set.of(SLUG)).get(SLUG);
            found[i] = topics.get(slug);
            byDoc.put(scoreDocs[i].doc, found[i]);
        }
        UnifiedHighlighter highlighter = highlighter(searcher, byDoc,
                new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
        String[] snippets = snippets(highlighter, query, scoreDocs, fields);
        String[] figures = matchedFigures(highlighter(searcher, byDoc, new FirstMatchOffset()), query, scoreDocs,
                snippets, found, language, other);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            IndexedTopic topic = found[i];
            if (topic == null) {
                continue; // removed between the search and now
            }
            String snippet = snippets[i];
            if (snippet == null && figures[i] != null) {
                hits.add(new SearchHit(topic.slug(), topic.title().in(language), topic.categorySlug(), escape(figures[i]),
                        figures[i], scoreDocs[i].score));
                continue;
            }
            hits.add(new SearchHit(topic.slug(), topic.title().in(language), topic.categorySlug(),
                    snippet != null ? snippet : escape(topic.summary().in(language)), scoreDocs[i].score));
        }
        return hits;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, IndexedTopic> byDoc, PassageFormatter formatter) {
        return new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(formatter)
                .withScorer(new SnippetScorer())
                .withMaxLength(MAX_HIGHLIGHTED_LENGTH)) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fieldNames, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    IndexedTopic topic = byDoc.get(doc);
                    CharSequence[] texts = new CharSequence[fieldNames.length];
                    for (int f = 0; f < fieldNames.length; f++) {
                        texts[f] = topic == null ? "" : text(topic, fieldNames[f]);
                    }
                    values.add(texts);
                }
                return values;
            }
        };
    }

    /**
     * For each hit that has no snippet from its prose or summary, the title of the figure (in the reader's
     * language, else the other) whose labels matched; null where none did or a snippet was found.
     */
    private static String[] matchedFigures(UnifiedHighlighter highlighter, Query query, ScoreDoc[] scoreDocs,
                                           String[] snippets, IndexedTopic[] found, Language language, Language other)
            throws IOException {
        String[] titles = new String[scoreDocs.length];
        for (Language each : List.of(language, other)) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < titles.length; i++) {
                if (snippets[i] == null && titles[i] == null && found[i] != null && !found[i].figures().in(each).isEmpty()) {
                    missing.add(i);
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            String field = field(FIGURES, each);
            int[] ids = missing.stream().mapToInt(i -> scoreDocs[i].doc).toArray();
            String[] offsets = highlighter.highlightFields(new String[]{field}, query, ids, new int[]{1}).get(field);
            for (int k = 0; k < ids.length; k++) {
                if (offsets[k] != null) {
                    int i = missing.get(k);
                    String title = found[i].figures().titleAt(each, Integer.parseInt(offsets[k]));
                    // an untitled figure still says the match is in a figure, not in the prose
                    titles[i] = title == null || title.isBlank() ? found[i].title().in(language) : title;
                }
            }
        }
        return titles;
    }

    /** Where the best passage's first match starts (in decimal: the highlighter hands strings back), or null when nothing matched. */
    private static final class FirstMatchOffset extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            for (Passage passage : passages) {
                if (passage.getNumMatches() > 0) {
                    return Integer.toString(passage.getMatchStarts()[0]);
                }
            }
            return null;
        }
    }

    private static String text(IndexedTopic topic, String field) {
        Language language = field.endsWith("_" + Language.ZH.code()) ? Language.ZH : Language.EN;
        if (field.startsWith(FIGURES + "_")) {
            return topic.figures().text(language);
        }
        if (field.startsWith("body_")) {
            return topic.bodyText().in(language);
        }
        if (field.startsWith("summary_")) {
            return topic.summary().in(language);
        }
        return topic.title().in(language);
    }

    /**
     * One snippet per hit: from the body in the reader's language where it matched, else from the
     * summary, else from the body in the other language. Highlighting is most of a search's cost,
     * so the fallbacks run only for the hits that need them.
     */
    private static String[] snippets(UnifiedHighlighter highlighter, Query query, ScoreDoc[] scoreDocs, String[] fields)
            throws IOException {
        int[] docIds = new int[scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = scoreDocs[i].doc;
        }
        String[] snippets = new String[docIds.length];
        for (int f = 0; f < fields.length; f++) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < snippets.length; i++) {
                if (snippets[i] == null) {
                    missing.add(i);
                }
            }
            if (missing.isEmpty()) {
                break;
            }
            int[] ids = missing.stream().mapToInt(i -> docIds[i]).toArray();
            String[] found = highlighter.highlightFields(new String[]{fields[f]}, query, ids, new int[]{2}).get(fields[f]);
            for (int k = 0; k < ids.length; k++) {
                if (found[k] != null && found[k].contains("<mark>")) {
                    snippets[missing.get(k)] = found[k];
                }
            }
        }
        return snippets;
    }

    /**
     * Text with offsets in the postings, so the highlighter finds the matches from the index
     * instead of analysing whole notes again for every hit.
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static Document document(IndexedTopic topic) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, topic.slug(), Field.Store.YES));
        doc.add(new TextField(SLUG + "_text", topic.slug().replace('-', ' '), Field.Store.NO));
        doc.add(new StringField(CATEGORY, topic.categorySlug(), Field.Store.NO));
        doc.add(new TextField(TAGS, String.join(" ", topic.tags()), Field.Store.NO));
        doc.add(new TextField(IDENTIFIERS, String.join("\n", topic.title().en(), topic.title().zh(), topic.summary().en(),
                topic.summary().zh(), topic.bodyText().en(), topic.bodyText().zh(), topic.figures().text(Language.EN),
                topic.figures().text(Language.ZH)), Field.Store.NO));
        for (Language language : Language.values()) {
            doc.add(new Field(field("title", language), topic.title().in(language), TEXT_WITH_OFFSETS));
            doc.add(new Field(field("summary", language), topic.summary().in(language), TEXT_WITH_OFFSETS));
            doc.add(new Field(field("body", language), topic.bodyText().in(language), TEXT_WITH_OFFSETS));
            doc.add(new Field(field(FIGURES, language), topic.figures().text(language), TEXT_WITH_OFFSETS));
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
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
