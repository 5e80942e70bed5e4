package dev.interviewlab.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static dev.interviewlab.web.PostForms.escape;

/**
 * Messages escaped for HTML, for the parts of pages written as strings. A message without arguments is looked up
 * once per language and kept: the bundles do not change while the site runs, and a lookup walks every basename's
 * bundle chain, which on the Today page was a tenth of the request. A message whose arguments are all small whole
 * numbers or short strings ("question 3 of 10", "5 days", "4 reviews between 2025-12-07 and 2026-12-06") is kept
 * formatted, up to a bound (MessageFormat was another tenth); other arguments are formatted each time.
 */
@Component
public class EscapedMessages {

    /** Languages whose messages are kept; a request's locale comes from its Accept-Language, so the set is bounded. */
    private static final int KEPT_LOCALES = 16;
    /** Formatted messages kept at most; past it the set starts again (counts are few, numbers are small). */
    private static final int KEPT_FORMATTED = 4096;
    /** Whole-number arguments below this, and string arguments up to this many characters, are kept formatted. */
    private static final long SMALL = 1000;
    private static final int SHORT = 32;

    private record Formatted(String key, Locale locale, List<Object> arguments) {
    }

    private final MessageSource messages;
    private final Map<Locale, Map<String, String>> kept = new ConcurrentHashMap<>();
    private final Map<Formatted, String> formatted = new ConcurrentHashMap<>();

    public EscapedMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message, as {@code #{key}} writes it (no MessageFormat pass), escaped. */
    public String get(String key, Locale locale) {
        Map<String, String> language = kept.get(locale);
        if (language == null) {
            if (kept.size() >= KEPT_LOCALES) {
                return escape(messages.getMessage(key, null, locale));
            }
            language = kept.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
        }
        String message = language.get(key);
        if (message == null) {
            message = escape(messages.getMessage(key, null, locale));
            language.put(key, message);
        }
        return message;
    }

    /** The message formatted with its arguments, as {@code #{key(args)}} writes it, escaped; none: as {@link #get(String, Locale)}. */
    public String get(String key, Locale locale, Object... arguments) {
        if (arguments.length == 0) {
            return get(key, locale);
        }
        if (!keepable(arguments)) {
            return escape(messages.getMessage(key, arguments, locale));
        }
        Formatted lookup = new Formatted(key, locale, List.of(arguments));
        String message = formatted.get(lookup);
        if (message == null) {
            message = escape(messages.getMessage(key, arguments, locale));
            if (formatted.size() >= KEPT_FORMATTED) {
                formatted.clear();
            }
            formatted.put(lookup, message);
        }
        return message;
    }

    /** Small whole numbers and short strings: values that repeat, and whose kept messages stay small. */
    private static boolean keepable(Object[] arguments) {
        for (Object argument : arguments) {
            boolean small = (argument instanceof Integer || argument instanceof Long)
                    && Math.abs(((Number) argument).longValue()) < SMALL;
            boolean brief = argument instanceof String text && text.length() <= SHORT;
            if (!small && !brief) {
                return false;
            }
        }
        return true;
    }
}
