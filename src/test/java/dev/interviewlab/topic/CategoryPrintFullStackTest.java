package dev.interviewlab.topic;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A category's print view puts every note of the category on one page, built-in content as it ships:
 * no two elements share an id (each note's headings and figures would otherwise answer to the same
 * "#summary"), and every in-page link still reaches its target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class CategoryPrintFullStackTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"networking", "go", "databases"})
    void everyIdIsUniqueAndEveryInPageLinkResolves(String category) throws Exception {
        HttpResponse<String> response = new SiteClient(port, false).get("/categories/" + category + "/print");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());

        List<String> ids = page.select("[id]").eachAttr("id");
        Set<String> seen = new HashSet<>();
        assertThat(ids).filteredOn(id -> !seen.add(id)).as("ids used twice").isEmpty();
        assertThat(page.select("article.print-note")).hasSizeGreaterThan(1);
        for (Element link : page.select("a[href^=#]")) {
            assertThat(seen).as(link.outerHtml()).contains(link.attr("href").substring(1));
        }
    }
}
