package dev.interviewlab.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/**
 * The time zone a reader's days are counted in (when "today" starts and ends for streaks, due counts and
 * plans): the zone set in the signed-in account's profile (put in the request as {@value #ACCOUNT_ZONE} by
 * the account package), else the zone their browser reports in the {@value #COOKIE} cookie (set by
 * {@code timezone.js}), else UTC. An unknown or malformed zone name is ignored, never an error.
 */
public final class ReaderTimeZone {

    public static final String COOKIE = "tz";

    /** Request attribute holding the signed-in account's {@link ZoneId}, when its profile sets one. */
    public static final String ACCOUNT_ZONE = ReaderTimeZone.class.getName() + ".account";

    private ReaderTimeZone() {
    }

    public static ZoneId of(HttpServletRequest request) {
        return fromAccount(request).or(() -> fromBrowser(request)).orElse(ZoneOffset.UTC);
    }

    public static Optional<ZoneId> fromAccount(HttpServletRequest request) {
        return request.getAttribute(ACCOUNT_ZONE) instanceof ZoneId zone ? Optional.of(zone) : Optional.empty();
    }

    public static Optional<ZoneId> fromBrowser(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> parse(cookie.getValue()));
    }

    public static Optional<ZoneId> parse(String name) {
        if (name == null || name.isBlank() || name.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
