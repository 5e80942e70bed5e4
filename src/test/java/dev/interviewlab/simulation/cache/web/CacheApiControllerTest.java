package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.account.WebSliceSecurity;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WebMvcTest(CacheApiController.class)
class CacheApiControllerTest {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/simulations/cache")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aTraceAnswersWithMetricsAndAnOutcomePerOperation() throws Exception {
        // LRU, capacity 1: put a, put b (cache-aside only deletes), get a (miss, fill), get a (hit), get b (miss, evicts a), get c (no row)
        post("""
                {"strategy": "cache-aside", "eviction": "LRU", "capacity": 1, "trace": [
                  {"op": "put", "key": "a", "value": "1"}, {"op": "put", "key": "b", "value": "2"},
                  {"op": "get", "key": "a"}, {"op": "get", "key": "a"}, {"op": "get", "key": "b"}, {"op": "get", "key": "c"}]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.strategy").value("cache-aside"))
                .andExpect(jsonPath("$.metrics.hits").value(1))
                .andExpect(jsonPath("$.metrics.misses").value(3))
                .andExpect(jsonPath("$.metrics.dbReads").value(3))
                .andExpect(jsonPath("$.metrics.dbWrites").value(2))
                .andExpect(jsonPath("$.metrics.staleReads").value(0))
                .andExpect(jsonPath("$.metrics.lostWrites").value(0))
                .andExpect(jsonPath("$.metrics.evictions").value(1))
                .andExpect(jsonPath("$.outcomes[*].result").value(contains("write", "write", "miss", "hit", "miss", "miss")))
                .andExpect(jsonPath("$.outcomes[2].value").value("1"))
                .andExpect(jsonPath("$.outcomes[3].value").value("1"))
                .andExpect(jsonPath("$.outcomes[4].value").value("2"))
                .andExpect(jsonPath("$.outcomes[5].value").value(nullValue()))
                .andExpect(jsonPath("$.outcomes[5].source").value("database"))
                .andExpect(jsonPath("$.staleRead").doesNotExist());
    }

    @Test
    void theClassicRaceComesBackWithItsStaleReadReplayed() throws Exception {
        post("""
                {"strategy": "cache-aside", "cacheLatencyMs": 1, "dbReadLatencyMs": 2, "dbWriteLatencyMs": 1,
                 "latencyJitterPercent": 0, "database": {"k": "old"}, "trace": [
                  {"op": "get", "key": "k", "client": 0, "at": 0},
                  {"op": "put", "key": "k", "value": "new", "client": 1, "at": 1.8},
                  {"op": "get", "key": "k", "client": 2, "at": 5}]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metrics.staleReads").value(1))
                .andExpect(jsonPath("$.metrics.staleReadsByCause.STALE_FILL").value(1))
                .andExpect(jsonPath("$.outcomes[2].stale").value(true))
                .andExpect(jsonPath("$.outcomes[2].value").value("old"))
                .andExpect(jsonPath("$.staleRead.cause").value("STALE_FILL"))
                .andExpect(jsonPath("$.staleRead.steps", hasSize(7)))
                .andExpect(jsonPath("$.staleRead.steps[2].kind").value("DB_WRITE"))
                .andExpect(jsonPath("$.staleRead.steps[2].timeMs").value(2.3));
    }

    @Test
    void aGeneratedWorkloadComparesStrategiesWithoutOutcomes() throws Exception {
        post("""
                {"strategies": ["cache-aside", "write-back"], "crashAtMs": 500,
                 "workload": {"keyCount": 100, "operations": 3000, "distribution": "uniform", "clients": 4, "seed": 7}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcomes").doesNotExist())
                .andExpect(jsonPath("$.runs", hasSize(2)))
                .andExpect(jsonPath("$.runs[1].strategy").value("write-back"))
                .andExpect(jsonPath("$.runs[0].metrics.lostWrites").value(0))
                .andExpect(jsonPath("$.metrics.reads").isNumber())
                .andExpect(jsonPath("$.series.windowMs").isNumber());
    }

    @Test
    void aFailureModeAddsTheMitigatedRuns() throws Exception {
        post("""
                {"strategy": "cache-aside", "failureMode": "penetration", "mitigation": "bloom-filter", "missingKeyPercent": 30,
                 "workload": {"operations": 3000}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mitigation").value("bloom-filter"))
                .andExpect(jsonPath("$.runs[*].mitigation").value(hasItem("bloom-filter")))
                .andExpect(jsonPath("$.bloom.theoreticalRate").isNumber())
                .andExpect(jsonPath("$.metrics.bloomRejected").isNumber());
    }

    @Test
    void theSameRequestGivesTheSameAnswer() throws Exception {
        String body = "{\"strategy\": \"delete-then-update\", \"workload\": {\"operations\": 2000, \"seed\": 3}}";
        String first = post(body).andReturn().getResponse().getContentAsString();

        post(body).andExpect(content().json(first));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "capacity 0         | {\"capacity\": 0}                                        | capacity",
            "negative capacity  | {\"capacity\": -5}                                       | capacity",
            "Zipf skew -1       | {\"workload\": {\"zipfSkew\": -1}}                        | workload.zipfSkew",
            "10^9 operations    | {\"workload\": {\"operations\": 1000000000}}              | workload.operations",
            "unknown strategy   | {\"strategy\": \"write-around\"}                          | strategy",
            "unknown eviction   | {\"eviction\": \"MRU\"}                                   | eviction",
            "bad trace op       | {\"trace\": [{\"op\": \"delete\", \"key\": \"a\"}]}       | trace[0].op",
            "trace without key  | {\"trace\": [{\"op\": \"get\"}]}                          | trace[0].key",
            "trace and workload | {\"trace\": [{\"op\": \"get\", \"key\": \"a\"}], \"workload\": {}} | trace",
            "empty trace        | {\"trace\": []}                                           | trace",
            "mitigation alone   | {\"mitigation\": \"ttl-jitter\"}                          | mitigation",
            "misspelt setting   | {\"capcity\": 3}                                        | capcity",
            "misspelt generator | {\"workload\": {\"keys\": 3}}                          | workload.keys",
            "misspelt trace key | {\"trace\": [{\"op\": \"get\", \"kee\": \"a\"}]}  | trace[0].kee",
    })
    void badSettingsAnswer400WithTheFieldInError(String label, String json, String field) throws Exception {
        post(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)))
                .andExpect(jsonPath("$.errors[0].message").isString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "trace is not a list     | {\"trace\": \"get a\"}",
            "capacity is not a number | {\"capacity\": \"lots\"}",
            "not JSON at all          | get a, put b",
            "trace entry not an object | {\"trace\": [42]}",

    })
    void malformedJsonAnswers400WithADetail(String label, String json) throws Exception {
        post(json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").isString());
    }
}
