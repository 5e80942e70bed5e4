package dev.interviewlab.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilledPageTest {

    private final ReaderParts parts = new ReaderParts(new SecureRandom());
    private final PageSkeleton skeleton = parts.skeleton("<header>" + parts.mark("nav") + "</header><main>中文…"
            + parts.mark("main") + "</main>");
    private static final String PAGE = "<header><nav>Zoë</nav></header><main>中文…<p>今天 3</p></main>";

    private FilledPage filled() {
        return skeleton.with(Map.of("main", new Utf8Html(4).append("<p>今天 ").append(3).append("</p>"),
                "nav", new Utf8Html(32).append("<nav>Zoë</nav>")));
    }

    @Test
    void thePartsGoInTheSkeletonsOrderWhateverTheMapsOrder() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        filled().writeTo(written);
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void itsLengthIsTheBytesWrittenAndItsArrayTheSame() throws Exception {
        FilledPage page = filled();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        page.writeTo(written);
        assertThat(page.contentLength()).isEqualTo(written.size()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
        assertThat(page.toByteArray()).isEqualTo(written.toByteArray());
        assertThat(skeleton.fill(Map.of("nav", "<nav>Zoë</nav>", "main", "<p>今天 3</p>"))).isEqualTo(written.toByteArray());
    }

    @Test
    void aMissingPartIsRefused() {
        assertThatThrownBy(() -> skeleton.with(Map.of("nav", new Utf8Html(4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("main");
    }

    @Test
    void theConverterWritesThePageAsHtmlWithItsLengthAndReadsNoPage() throws Exception {
        FilledPageMessageConverter converter = new FilledPageMessageConverter();
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(filled(), null, output);
        assertThat(output.getHeaders().getContentType()).isEqualTo(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        assertThat(output.getHeaders().getContentLength()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);

        assertThat(converter.canWrite(FilledPage.class, MediaType.TEXT_HTML)).isTrue();
        assertThat(converter.canWrite(byte[].class, MediaType.TEXT_HTML)).isFalse();
        assertThat(converter.canRead(FilledPage.class, MediaType.TEXT_HTML)).isFalse();
        assertThatThrownBy(() -> converter.read(FilledPage.class, new MockHttpInputMessage(new byte[0])))
                .isInstanceOf(HttpMessageNotReadableException.class);
    }
}
