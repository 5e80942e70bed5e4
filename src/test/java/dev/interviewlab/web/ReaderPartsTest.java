package dev.interviewlab.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReaderPartsTest {

    private final ReaderParts parts = new ReaderParts(new SecureRandom());

    @Test
    void aPageIsCutAtItsMarksAndFilledWithEachReadersParts() {
        PageSkeleton skeleton = parts.skeleton("<header>" + parts.mark("nav") + "</header><main>中文"
                + parts.mark("marks") + "</main>");
        assertThat(skeleton.names()).containsExactly("nav", "marks");
        assertThat(skeleton.size()).isEqualTo("<header></header><main>中文</main>".getBytes(StandardCharsets.UTF_8).length);

        String rendered = parts.mark("nav") + "<nav>Ada</nav>" + parts.mark("marks") + "<form>token A</form>";
        assertThat(new String(skeleton.fill(parts.parts(rendered)), StandardCharsets.UTF_8))
                .isEqualTo("<header><nav>Ada</nav></header><main>中文<form>token A</form></main>");
        assertThat(new String(skeleton.fill(Map.of("nav", "<nav>Bob</nav>", "marks", "")), StandardCharsets.UTF_8))
                .isEqualTo("<header><nav>Bob</nav></header><main>中文</main>");
    }

    @Test
    void onlyMarksWithThisRunsNonceCount() {
        String forged = "<!--reader-part 000000000000000000000000 nav-->";
        PageSkeleton skeleton = parts.skeleton("<p>" + forged + new ReaderParts(new SecureRandom()).mark("nav") + "</p>");
        assertThat(skeleton.names()).isEmpty();
        assertThat(new String(skeleton.fill(Map.of()), StandardCharsets.UTF_8)).contains(forged);
    }

    @Test
    void aMissingPartIsRefusedRatherThanLeftOut() {
        PageSkeleton skeleton = parts.skeleton("a" + parts.mark("nav") + "b");
        assertThatThrownBy(() -> skeleton.fill(Map.of("marks", "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAttributeMarkIsCutOutWithItsLeadingSpaceAndItsPartBringsItsOwn() {
        String html = "<p>" + parts.mark("nav") + "</p><input type=\"radio\" data-reader-part=\"" + parts.attributeMark("checked-1")
                + "\" value=\"a\"><input data-reader-part=\"" + parts.attributeMark("typed") + "\">";
        PageSkeleton skeleton = parts.skeleton(html);

        assertThat(skeleton.names()).containsExactly("nav", "checked-1", "typed");
        assertThat(new String(skeleton.fill(Map.of("nav", "N", "checked-1", " checked=\"checked\"", "typed", " value=\"x\"")),
                StandardCharsets.UTF_8))
                .isEqualTo("<p>N</p><input type=\"radio\" checked=\"checked\" value=\"a\"><input value=\"x\">");
        String wrapped = "<input value=\"a\"\n       data-reader-part=\"" + parts.attributeMark("checked-1") + "\">";
        assertThat(new String(parts.skeleton(wrapped).fill(Map.of("checked-1", " checked=\"checked\"")), StandardCharsets.UTF_8))
                .isEqualTo("<input value=\"a\" checked=\"checked\">");
        String forged = "<input data-reader-part=\"000000000000000000000000:checked-1\">";
        assertThat(parts.skeleton(forged).names()).isEmpty();
    }
}
