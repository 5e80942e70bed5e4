package dev.interviewlab.search.benchmark;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.search.IndexedTopic;
import dev.interviewlab.search.SearchHit;
import dev.interviewlab.search.TopicSearchIndex;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.content.BuiltInContentReader;
import dev.interviewlab.web.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.util.List;

/**
 * Searches over the 30 built-in notes, with highlighting, as {@code /api/search} does.
 * Run: src/test/bench/jmh.sh TopicSearchBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 */
@State(Scope.Benchmark)
public class TopicSearchBenchmark {

    @Param({"time wait", "三色标记", "rebase", "cache"})
    public String query;

    private TopicSearchIndex index;

    @Setup(Level.Trial)
    public void build() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        index = new TopicSearchIndex();
        index.rebuild(new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read().topics().stream()
                .map(file -> new IndexedTopic(file.draft().slug(), file.draft().categorySlug(), file.draft().title(),
                        file.draft().summary(), new LocalizedText(markdown.plainText(file.draft().body().en()),
                        markdown.plainText(file.draft().body().zh())), file.draft().tags()))
                .toList());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
    }

    @Benchmark
    public List<SearchHit> search() {
        return index.search(query, Language.EN, 10);
    }
}
