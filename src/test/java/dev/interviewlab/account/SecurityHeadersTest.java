package dev.interviewlab.account;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every answer, page or JSON, error or not, carries the headers that keep the browser strict. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/topics/tcp-connection-states", "/login", "/api/topics", "/api/quizzes/bank",
            "/no-such-page", "/account"})
    void theResponseCarriesTheSecurityHeaders(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
}
