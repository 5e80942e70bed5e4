package dev.interviewlab.web;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parameters named like property paths a form does not have get the site's 400 page, not a 500: an index
 * into a text field, an index past the binder's growth limit (each of these was a 500 before).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class MalformedFieldNamesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/simulations/mesi?cores%5B999%5D=1", "/simulations/cache/run?strategy%5B3000%5D=x",
            "/simulations/gmp?script%5B400%5D=1", "/quizzes?topics%5B5000%5D=x"})
    void anIndexedParameterTheFormCannotTakeIsABadRequest(String path) throws Exception {
        HttpResponse<String> page = new SiteClient(port, false).get(path, "en");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html").doesNotContain("Exception").doesNotContain("at org.springframework");
    }
}
