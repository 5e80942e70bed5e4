package dev.interviewlab.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderTimeZoneTest {

    @Test
    void theAccountsZoneComesFirstThenTheBrowsersThenUtc() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(ReaderTimeZone.of(request)).isEqualTo(ZoneOffset.UTC);

        request.setCookies(new Cookie(ReaderTimeZone.COOKIE, "America/New_York"));
        assertThat(ReaderTimeZone.of(request)).isEqualTo(ZoneId.of("America/New_York"));

        request.setAttribute(ReaderTimeZone.ACCOUNT_ZONE, ZoneId.of("Asia/Shanghai"));
        assertThat(ReaderTimeZone.of(request)).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void anUnknownOrMalformedCookieIsIgnored() {
        for (String value : new String[]{"Mars/Olympus", "", "x".repeat(65), "../../etc"}) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setCookies(new Cookie(ReaderTimeZone.COOKIE, value));
            assertThat(ReaderTimeZone.of(request)).as(value).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void somethingElseInTheAttributeIsIgnored() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(ReaderTimeZone.ACCOUNT_ZONE, "Asia/Shanghai");
        assertThat(ReaderTimeZone.of(request)).isEqualTo(ZoneOffset.UTC);
    }
}
