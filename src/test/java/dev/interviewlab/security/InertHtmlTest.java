package dev.interviewlab.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The check StoredXssTest relies on catches what it must, and passes the site's own markup. */
class InertHtmlTest {

    private static String page(String content) {
        return "<!DOCTYPE html><html><head><script src=\"/assets/js/theme.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"/assets/css/site.css\"></head><body>"
                + "<form action=\"/logout\" method=\"post\"><button>Sign out</button></form>"
                + "<main><div class=\"note-body\">" + content + "</div></main></body></html>";
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<script src=\"//xss.example/x.js\"></script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
            "<iframe src=\"https://example.com\"></iframe>",
            "<object data=\"x\"></object>",
            "<embed src=\"x\">",
            "<base href=\"https://xss.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://xss.example/\">",
            "<style>body{}</style>",
            "<div style=\"color:red\">x</div>",
            "<form action=\"https://xss.example/\"><input name=q></form>",
            "<form action=\"/logout\" method=\"post\"></form>",
            "<button formaction=\"/logout\">x</button>",
            "<link rel=\"stylesheet\" href=\"https://xss.example/x.css\">",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<p>31337</p>"})
    void findsWhatCouldRun(String content) {
        assertThat(InertHtml.problems(page(content))).isNotEmpty();
    }

    @Test
    void passesTheSitesOwnMarkupAndEscapedText() {
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; [[${31336+1}]] <a href=\"/topics/tcp\" rel=\"nofollow\">tcp</a>"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\"><input type=\"checkbox\" disabled>";
        assertThat(InertHtml.problems(page(escaped))).isEmpty();
    }
}
