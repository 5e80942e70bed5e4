package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.account.WebSliceSecurity;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WebMvcTest(CacheSimulationController.class)
class CacheSimulationControllerTest {

    /** The classic race (see the preset): three operations with fixed latencies. */
    static final String RACE = "/simulations/cache/run?strategy=cache-aside&workload=trace&cacheLatencyMs=1"
            + "&dbReadLatencyMs=2&dbWriteLatencyMs=1&latencyJitterPercent=0&trace={trace}";
    static final String RACE_TRACE = "db k old\nc0 @0 get k\nc1 @1.8 put k new\nc2 @5 get k";

    @Autowired
    MockMvc mvc;

    private String page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFormOffersEveryStrategyScenarioAndPreset() throws Exception {
        String html = page(get("/simulations/cache"), 200);

        assertThat(html).contains("<h1>Cache strategies and failure modes</h1>", "value=\"write-back\"",
                "name=\"capacity\"", "action=\"/simulations/cache/run#results\"", "method=\"get\"", "/assets/css/simulation-cache.css",
                "value=\"bloom-filter\"", "The classic cache-aside race", "/topics/cache-consistency-strategies");
        assertThat(html).doesNotContain("id=\"results\"");
    }

    @Test
    void aRunShowsTheMetricsChartsReplayAndQuestions() throws Exception {
        String html = page(get("/simulations/cache/run?strategy=cache-aside&strategy=delete-then-update&operations=5000"), 200);

        assertThat(html).contains("id=\"results\"", "Hit ratio", "id=\"hit-ratio-chart\"", "id=\"db-load-chart\"",
                "<title id=\"hit-ratio-chart-title\">", "id=\"quiz\"", "Test yourself", "The charts’ data as a table");
        assertThat(html).contains("name=\"capacity\" value=\"500\"");
    }

    @Test
    void theClassicRaceIsReplayedStepByStepWithALinkPerStep() throws Exception {
        String html = page(get(RACE + "&step=5", RACE_TRACE), 200);

        assertThat(html).contains("A stale read of k, step by step", "Old value filled after the write",
                "id=\"stale-read-sequence\"", "data-step=\"7\"", "Step 5 of 7");
        assertThat(html).contains("<li class=\"is-current\" data-step=\"5\" aria-current=\"step\">",
                "<li class=\"is-past\" data-step=\"4\">", "<li class=\"is-future is-stale\" data-step=\"7\">",
                "<tr class=\"is-current cache-behind\" data-step=\"5\">");
        assertThat(html).contains("Client 1 deletes k from the cache.", "Client 2 asks the cache for k: hit, gets old.");
        Matcher link = Pattern.compile("href=\"(/simulations/cache/run\\?[^\"]*step=6[^\"]*#replay)\"").matcher(html);
        assertThat(link.find()).as("a link to step 6").isTrue();
    }

    @Test
    void aStepOutOfRangeOrNotANumberShowsTheNearestStep() throws Exception {
        assertThat(page(get(RACE + "&step=99", RACE_TRACE), 200)).contains("Step 7 of 7");
        assertThat(page(get(RACE + "&step=abc", RACE_TRACE), 200)).contains("Step 1 of 7");
    }

    @Test
    void theServerChecksTheAnswersAndExplainsThem() throws Exception {
        String html = page(get(RACE + "&answer.stale-cause=STALE_FILL&answer.stale-since=1", RACE_TRACE), 200);

        assertThat(html).contains("1 of 3 right.", "Right.", "Not quite.", "Not answered.");
        assertThat(html).contains("type=\"hidden\" name=\"trace\"");
        assertThat(html).doesNotContain("type=\"hidden\" name=\"answer.stale-cause\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "capacity 0              | capacity=0                | capacity         | Give a number from 1 to 100,000.",
            "negative capacity       | capacity=-4               | capacity         | Give a number from 1 to 100,000.",
            "Zipf skew -1            | zipfSkew=-1               | zipfSkew         | Give a number from 0 to 5.",
            "10^9 operations         | operations=1000000000     | operations       | Give a number from 1 to 250,000.",
            "unknown strategy        | strategy=write-around     | strategy         | Unknown value",
            "no strategy ticked      | _strategy=on              | strategy         | Give a value.",
            "five strategies         | strategy=cache-aside&strategy=write-back&strategy=write-through&strategy=delete-then-update&strategy=update-db-then-cache | strategy | At most 4 are allowed.",
            "capacity not a number   | capacity=lots             | capacity         | Give a whole number.",
            "TTL not a number        | ttlMs=soon                | ttlMs            | Give a number, such as 2 or 0.5.",
            "mitigation mismatch     | failureMode=avalanche&mitigation=bloom-filter | mitigation | This mitigation does not answer",
            "hot key on penetration  | failureMode=penetration&mitigation=hot-key-never-expires | mitigation | This mitigation does not answer",
            "no missing keys         | failureMode=penetration&mitigation=cache-nulls&missingKeySpace=0 | missingKeySpace | Give a number from 1 to 100,000.",
            "missing keys not a number | failureMode=penetration&missingKeySpace=many | missingKeySpace | Give a whole number.",
            "never flushing          | flushIntervalMs=0&flushBatch=0 | flushIntervalMs | needs a flush interval or a batch size",
    })
    void badSettingsReRenderTheFormWithFieldErrorsAndTheValuesKept(String label, String query, String field, String message)
            throws Exception {
        String html = page(get("/simulations/cache/run?" + query), 400);

        assertThat(html).contains("Some settings need fixing", message);
        assertThat(html).containsPattern("id=\"" + field + "-error\"|class=\"field-error\"");
        assertThat(html).doesNotContain("class=\"cache-results\"");
        if (query.startsWith("capacity=lots")) {
            assertThat(html).contains("value=\"lots\"");
        }
        if (query.startsWith("zipfSkew")) {
            assertThat(html).contains("value=\"-1\"", "aria-invalid=\"true\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown operation | del k        | Line 1: the operation must be get, put or db.",
            "missing key       | get          | Line 1: the operation needs a key.",
            "get with a value  | get k v      | Line 1: a get takes only a key.",
            "bad prefix        | x1 @1 get k  | Line 1: write [cN] [@ms] get KEY",
            "empty trace       | '# nothing'  | Write at least one get or put.",
    })
    void aMalformedTraceNamesItsLine(String label, String trace, String message) throws Exception {
        String html = page(get("/simulations/cache/run?workload=trace&trace={trace}", trace), 400);

        assertThat(html).contains(message);
        assertThat(html).contains("class=\"cache-trace\"");
    }

    @Test
    void aTraceProblemFoundByTheEngineNamesTheLineToo() throws Exception {
        String html = page(get("/simulations/cache/run?workload=trace&trace={trace}", "get a\n\nc300 get b"), 400);

        assertThat(html).contains("Line 3: Give a number from 0 to 255.");
    }

    @Test
    void aFailureModeRunsEachStrategyWithAndWithoutItsMitigation() throws Exception {
        String html = page(get("/simulations/cache/run?strategy=cache-aside&failureMode=penetration&mitigation=bloom-filter"
                + "&missingKeyPercent=30&missingKeySpace=100000&operations=5000"), 200);

        assertThat(html).contains("id=\"db-load-chart-without\"", "id=\"db-load-chart-with\"", "with Bloom filter",
                "without mitigation", "The Bloom filter", "Theoretical rate");
    }

    @Test
    void theResultsExplainWriteThroughsOrderAndTheHotKeysRefresh() throws Exception {
        String writeThrough = page(get("/simulations/cache/run?strategy=update-db-then-cache&strategy=write-through"
                + "&keyCount=20&capacity=20&readPercent=80&thinkTimeMs=2&operations=5000"), 200);
        String hotKey = page(get("/simulations/cache/run?strategy=cache-aside&failureMode=breakdown"
                + "&mitigation=hot-key-never-expires&distribution=hot-key&readPercent=98&operations=5000"), 200);

        assertThat(writeThrough).contains("did each key’s writes one at a time", "Writes that waited for the key");
        assertThat(hotKey).contains("Hot key never expires: k0 gets no TTL and writers do not delete it");
    }

    @Test
    void thePageIsAvailableInChinese() throws Exception {
        String html = page(get("/simulations/cache/run?operations=2000&lang=zh"), 200);

        assertThat(html).contains("缓存策略与缓存故障", "命中率随时间变化", "自测");
    }
}
